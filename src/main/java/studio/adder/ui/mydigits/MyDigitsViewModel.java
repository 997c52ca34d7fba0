package studio.adder.ui.mydigits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.mydigits.Example;
import studio.adder.mydigits.ExampleImages;
import studio.adder.mydigits.ImportReport;
import studio.adder.mydigits.MyDigits;
import studio.adder.preprocess.GrayImage;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.common.UserMessage;

/**
 * The user's kept examples: the gallery's tiles and counts, and the commands that keep, delete,
 * move, import and export them. All file work runs on the file runner; shared by the drawing tab
 * (which keeps examples), the My digits tab (which shows them) and the training tab (which counts them).
 */
public final class MyDigitsViewModel {

    private final BackgroundRunner files;
    private final MyDigits store;

    private final ObservableList<ExampleTile> examples = FXCollections.observableArrayList();
    private final ObservableList<ExampleTile> examplesView = FXCollections.unmodifiableObservableList(examples);
    private final ReadOnlyObjectWrapper<int[]> counts = new ReadOnlyObjectWrapper<>(new int[10]);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No examples yet.");
    private final ReadOnlyObjectWrapper<ExampleTile> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Example> lastKept = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();

    /** Examples kept in {@code store}, with file work on {@code files}; call {@link #refresh()} to read them. */
    public MyDigitsViewModel(BackgroundRunner files, MyDigits store) {
        this.files = files;
        this.store = store;
    }

    // Properties

    /** Every example, by digit, oldest first within a digit. */
    public ObservableList<ExampleTile> examples() {
        return examplesView;
    }

    /** Examples per digit (index = digit); replaced, never changed in place. */
    public ReadOnlyObjectProperty<int[]> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Examples in all. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The counts in one line, such as "41 examples: 1 ×12, 7 ×9, …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The tile the user picked for delete or move, or null. */
    public ReadOnlyObjectProperty<ExampleTile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The example kept most recently from the drawing tab. */
    public ReadOnlyObjectProperty<Example> lastKeptProperty() {
        return lastKept.getReadOnlyProperty();
    }

    /** News (an import finished) or a problem (a folder that cannot be used). */
    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The folder of 28x28 inputs, in ImageFolder layout (what training reads). */
    public Path folder() {
        return store.root();
    }

    // Commands

    /** Reads the store again. */
    public void refresh() {
        files.run(this::readAll, this::show, error -> report("Your examples could not be read", error));
    }

    /**
     * Keeps a drawing as an example of {@code digit}; both suppliers run on the file thread.
     *
     * @param input the 28x28 model input, or null when the drawing holds no ink
     * @param original the drawing at canvas size, or null
     */
    public void keep(int digit, Supplier<float[]> input, Supplier<GrayImage> original) {
        files.run(() -> {
            float[] pixels = input.get();
            if (pixels == null) {
                throw new IllegalArgumentException("The drawing holds no ink that could be a digit.");
            }
            Example kept = store.keep(digit, pixels, original.get());
            return new Kept(kept, readAll());
        }, kept -> {
            show(kept.tiles());
            lastKept.set(kept.example());
        }, error -> report("The example could not be kept", error));
    }

    /** Picks a tile for delete or move; null picks none. */
    public void select(ExampleTile tile) {
        selected.set(tile);
    }

    /** Deletes the selected example. */
    public void deleteSelected() {
        ExampleTile tile = selected.get();
        if (tile != null) {
            change(() -> store.delete(tile.example()), "The example could not be deleted");
        }
    }

    /** Files the selected example under another digit. */
    public void moveSelected(int digit) {
        ExampleTile tile = selected.get();
        if (tile != null && digit != tile.digit()) {
            change(() -> store.move(tile.example(), digit), "The example could not be moved");
        }
    }

    /** Adds the examples of a labelled folder (a subfolder per digit). */
    public void importFrom(Path folder) {
        files.run(() -> new Imported(store.importFrom(folder), readAll()), imported -> {
            show(imported.tiles());
            message.set(imported.report().skipped().isEmpty()
                    ? UserMessage.news("Examples imported", imported.report().summary())
                    : new UserMessage("Some pictures were skipped", imported.report().summary()));
        }, error -> report("The folder could not be imported", error));
    }

    /** Writes every example into {@code folder}, a subfolder per digit. */
    public void exportTo(Path folder) {
        files.run(() -> store.exportTo(folder), written -> message.set(UserMessage.news("Examples exported",
                "Wrote " + written + " examples to " + folder + ", one subfolder per digit.")),
                error -> report("The examples could not be exported", error));
    }

    private void change(FileChange work, String failure) {
        files.run(() -> {
            work.run();
            return readAll();
        }, this::show, error -> report(failure, error));
    }

    private List<ExampleTile> readAll() {
        List<ExampleTile> tiles = new ArrayList<>();
        for (int digit = 0; digit < 10; digit++) {
            for (Example example : store.list(digit)) {
                tiles.add(new ExampleTile(example, ExampleImages.readInput(example.input())));
            }
        }
        return tiles;
    }

    private void show(List<ExampleTile> tiles) {
        int[] perDigit = new int[10];
        tiles.forEach(tile -> perDigit[tile.digit()]++);
        // Counts first: the gallery rebuilds when the examples change and reads the counts then.
        counts.set(perDigit);
        total.set(tiles.size());
        summary.set(summaryOf(perDigit, tiles.size()));
        examples.setAll(tiles);
        if (selected.get() != null && !tiles.contains(selected.get())) {
            selected.set(null);
        }
    }

    static String summaryOf(int[] perDigit, int total) {
        if (total == 0) {
            return "No examples yet.";
        }
        StringBuilder text = new StringBuilder(total + (total == 1 ? " example:" : " examples:"));
        String separator = " ";
        for (int digit = 0; digit < 10; digit++) {
            if (perDigit[digit] > 0) {
                text.append(separator).append(digit).append(" ×").append(perDigit[digit]);
                separator = ", ";
            }
        }
        return text.toString();
    }

    private void report(String title, Throwable error) {
        message.set(new UserMessage(title, UserMessage.describe(error)));
    }

    @FunctionalInterface
    private interface FileChange {
        void run() throws Exception;
    }

    private record Kept(Example example, List<ExampleTile> tiles) {
    }

    private record Imported(ImportReport report, List<ExampleTile> tiles) {
    }
}
