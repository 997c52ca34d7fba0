package studio.adder.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.predict.ModelSummary;
import studio.adder.predict.Predictions;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.common.Percent;
import studio.adder.ui.common.UserMessage;

/**
 * The model the app answers with, shared by every tab and menu: which one it is, in words, the
 * models trained this session, and the commands that switch it. Loads run as engine work; a
 * failed switch keeps the previous model and says why.
 */
public final class ActiveModelViewModel {

    private final BackgroundRunner engine;
    private final Predictions predictions;
    private final ReadOnlyObjectWrapper<ModelSummary> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper("Loading the model…");
    private final ReadOnlyStringWrapper engineText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ModelSummary> trained = FXCollections.observableArrayList();
    private final ObservableList<ModelSummary> trainedView = FXCollections.unmodifiableObservableList(trained);
    private boolean started;

    /**
     * @param engine reaches the engine thread, where models load
     * @param predictions the model that answers; touched only inside {@code engine} work
     */
    public ActiveModelViewModel(BackgroundRunner engine, Predictions predictions) {
        this.engine = Objects.requireNonNull(engine);
        this.predictions = Objects.requireNonNull(predictions);
    }

    // Properties

    /**
     * The active model, or null while the first one loads. Set again on every switch, even to an
     * equal summary, so invalidation listeners hear each one.
     */
    public ReadOnlyObjectProperty<ModelSummary> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The active model's name, architecture and test accuracies in one line. */
    public ReadOnlyStringProperty modelTextProperty() {
        return modelText.getReadOnlyProperty();
    }

    /** Engine, device and threads in one line. */
    public ReadOnlyStringProperty engineTextProperty() {
        return engineText.getReadOnlyProperty();
    }

    /** The latest failed switch, in words. */
    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Models trained in this session and made active, oldest first; the Model menu lists them. */
    public ObservableList<ModelSummary> trainedThisSession() {
        return trainedView;
    }

    /** The model that answers; use it only inside engine work. */
    public Predictions predictions() {
        return predictions;
    }

    // Commands

    /** Loads the shipped model and reads the engine's summary; later calls do nothing. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        engine.run(() -> new ModelAndEngine(predictions.useShipped(), predictions.engineSummary()), loaded -> {
            engineText.set(loaded.engine());
            show(loaded.model());
        }, this::reportFailedSwitch);
    }

    /** Switches back to the model shipped with the app. */
    public void useShipped() {
        engine.run(predictions::useShipped, this::show, this::reportFailedSwitch);
    }

    /** Switches to a model folder or archive; on failure the previous model stays and we say why. */
    public void use(Path folderOrArchive) {
        engine.run(() -> predictions.use(folderOrArchive), this::show, this::reportFailedSwitch);
    }

    /**
     * Switches to a checkpoint trained in this session and lists it with the session's models;
     * the caller hears how it went (the training tab says so in its own words).
     */
    public void useTrained(Path checkpoint, Consumer<ModelSummary> onActive, Consumer<Throwable> onFailure) {
        engine.run(() -> predictions.use(checkpoint), summary -> {
            trained.add(summary);
            show(summary);
            onActive.accept(summary);
        }, onFailure);
    }

    private void show(ModelSummary model) {
        active.set(model);
        // Read it back at once: an invalidation listener hears the next switch only if the value
        // was read since this one, and a listener that sees an empty canvas may not read it.
        active.get();
        modelText.set(describe(model));
    }

    private void reportFailedSwitch(Throwable error) {
        message.set(new UserMessage("The model could not be loaded", UserMessage.describe(error)));
    }

    /** A model's one-line description for the status bar. */
    static String describe(ModelSummary model) {
        return "Model: " + model.name() + " (" + model.architecture() + ") · test accuracy: digit "
                + accuracy(model.digitAccuracy()) + ", sum " + accuracy(model.sumAccuracy());
    }

    private static String accuracy(double value) {
        return Double.isNaN(value) ? "not measured" : Percent.of(value);
    }

    private record ModelAndEngine(ModelSummary model, String engine) {
    }
}
