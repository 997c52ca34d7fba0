package studio.adder.ui.train;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import studio.adder.data.MnistFolder;
import studio.adder.ui.AppContext;
import studio.adder.ui.common.FileDialogs;
import studio.adder.ui.library.ExportChooser;
import studio.adder.ui.library.LibraryMenus;
import studio.adder.ui.library.ModelLibraryViewModel;
import studio.adder.util.AppHome;

/**
 * The training tab: wires {@link TrainView} to {@link TrainViewModel}, runs the update pump and
 * owns the dialogs (folders, exports of metrics, charts and the model, closing during a run).
 */
public final class TrainTab {

    private final TrainViewModel model;
    private final TrainView view;
    private final UpdatePump pump;
    private final ModelLibraryViewModel library;
    private final FileDialogs dialogs;

    /** A tab over the shared context, reading MNIST from the default folder. */
    public TrainTab(AppContext context) {
        this(context, MnistFolder.defaultFolder(), AppHome.folder().resolve("models"));
    }

    /** A tab reading MNIST from {@code dataFolder} and writing models under {@code modelsFolder}. */
    public TrainTab(AppContext context, MnistFolder dataFolder, Path modelsFolder) {
        model = new TrainViewModel(context, dataFolder, modelsFolder);
        library = context.library();
        dialogs = context.fileDialogs();
        view = new TrainView(model);
        pump = new UpdatePump(model::drainUpdates);
        model.onUpdatesWaiting(pump::request);
        view.dataBanner.chooseFolder.setOnAction(event -> chooseDataFolder());
        view.exportModel.setOnAction(event -> exportModel());
        view.fineTune.otherFolder.setOnAction(event -> chooseStartFolder());
        view.fineTune.otherArchive.setOnAction(event -> chooseStartArchive());
        view.exportCsv.setOnAction(event -> exportCsv());
        view.exportPng.setOnAction(event -> exportPng());
    }

    /** The tab's content. */
    public Node view() {
        return view;
    }

    /** The view model, for the window and tests. */
    public TrainViewModel model() {
        return model;
    }

    /**
     * Call from the window's close request: when a run is in progress, asks whether to stop it;
     * on yes it stops the run after the current batch (the last complete checkpoint stays) and
     * waits up to ten seconds for the engine thread to leave it. Returns whether the window may close.
     */
    public boolean confirmCloseAndStop(Window owner) {
        if (!model.stateProperty().get().active()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "A training run is in progress. Stop it and close? The checkpoint of the last complete epoch is kept.",
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setHeaderText("Stop training?");
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return false;
        }
        try {
            model.stopAndWait(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pump.stop();
        return true;
    }

    private void chooseDataFolder() {
        dialogs.openFolder(window(), "Folder with the four MNIST files")
                .ifPresent(chosen -> model.data().choose(new MnistFolder(chosen)));
    }

    private void chooseStartFolder() {
        dialogs.openFolder(window(), "Model folder to start from").ifPresent(model.fineTune()::chooseModel);
    }

    private void chooseStartArchive() {
        dialogs.openFile(window(), "Model archive to start from", LibraryMenus.MODEL_ARCHIVES, null)
                .ifPresent(model.fineTune()::chooseModel);
    }

    private void exportModel() {
        Path checkpoint = model.lastCheckpointProperty().get();
        if (checkpoint == null) {
            return;
        }
        // The outcome arrives as the library's message, which the window shows with the snippet.
        ExportChooser.ask(dialogs, window(), "Export the trained model", checkpoint.getFileName().toString())
                .ifPresent(choice -> library.exportFolder(checkpoint, choice.format(), choice.target()));
    }

    private void exportCsv() {
        dialogs.saveFile(window(), "Export metrics", "training-metrics.csv", FileDialogs.FileKind.of("CSV", "*.csv"))
                .ifPresent(model::exportMetrics);
    }

    private void exportPng() {
        dialogs.saveFile(window(), "Export charts", "training-charts.png", FileDialogs.FileKind.of("PNG", "*.png"))
                .ifPresent(this::exportPng);
    }

    private void exportPng(Path target) {
        // Snapshots must be taken on the FX thread; encoding and writing go to the IO lane.
        String base = target.getFileName().toString().replaceFirst("\\.png$", "");
        BufferedImage loss = ImageFiles.snapshot(view.lossChart);
        BufferedImage accuracy = ImageFiles.snapshot(view.accuracyChart);
        model.io().run(() -> {
            ImageFiles.writePng(loss, target.resolveSibling(base + "-loss.png"));
            ImageFiles.writePng(accuracy, target.resolveSibling(base + "-accuracy.png"));
            return target;
        }, done -> { }, error -> showError("Could not export the charts: " + error.getMessage()));
    }

    private Window window() {
        return view.getScene().getWindow();
    }

    private void showError(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(window());
        alert.showAndWait();
    }
}
