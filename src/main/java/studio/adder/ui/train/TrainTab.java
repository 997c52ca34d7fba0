package studio.adder.ui.train;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import studio.adder.data.MnistFolder;
import studio.adder.ui.AppContext;
import studio.adder.ui.library.ExportChooser;
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

    /** A tab over the shared context, reading MNIST from the default folder. */
    public TrainTab(AppContext context) {
        this(context, MnistFolder.defaultFolder(), AppHome.folder().resolve("models"));
    }

    /** A tab reading MNIST from {@code dataFolder} and writing models under {@code modelsFolder}. */
    public TrainTab(AppContext context, MnistFolder dataFolder, Path modelsFolder) {
        model = new TrainViewModel(context, dataFolder, modelsFolder);
        library = context.library();
        view = new TrainView(model);
        pump = new UpdatePump(model::drainUpdates);
        view.dataBanner.chooseFolder.setOnAction(event -> chooseDataFolder());
        view.exportModel.setOnAction(event -> exportModel());
        view.fineTune.otherFolder.setOnAction(event -> chooseStartFolder());
        view.fineTune.otherArchive.setOnAction(event -> chooseStartArchive());
        view.exportCsv.setOnAction(event -> exportCsv());
        view.exportPng.setOnAction(event -> exportPng());
        pump.start();
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
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder with the four MNIST files");
        File chosen = chooser.showDialog(view.getScene().getWindow());
        if (chosen != null) {
            model.data().choose(new MnistFolder(chosen.toPath()));
        }
    }

    private void chooseStartFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Model folder to start from");
        File folder = chooser.showDialog(view.getScene().getWindow());
        if (folder != null) {
            model.fineTune().chooseModel(folder.toPath());
        }
    }

    private void chooseStartArchive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Model archive to start from");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Model archives (.zip)", "*.zip"));
        File archive = chooser.showOpenDialog(view.getScene().getWindow());
        if (archive != null) {
            model.fineTune().chooseModel(archive.toPath());
        }
    }

    private void exportModel() {
        Path checkpoint = model.lastCheckpointProperty().get();
        if (checkpoint == null) {
            return;
        }
        // The outcome arrives as the library's message, which the window shows with the snippet.
        ExportChooser.ask(view.getScene().getWindow(), "Export the trained model", checkpoint.getFileName().toString())
                .ifPresent(choice -> library.exportFolder(checkpoint, choice.format(), choice.target()));
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export metrics");
        chooser.setInitialFileName("training-metrics.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File target = chooser.showSaveDialog(view.getScene().getWindow());
        if (target != null) {
            model.exportMetrics(target.toPath());
        }
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export charts");
        chooser.setInitialFileName("training-charts.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File target = chooser.showSaveDialog(view.getScene().getWindow());
        if (target != null) {
            // Snapshots must be taken on the FX thread; encoding and writing go to the IO lane.
            String base = target.getName().replaceFirst("\\.png$", "");
            BufferedImage loss = ImageFiles.snapshot(view.lossChart);
            BufferedImage accuracy = ImageFiles.snapshot(view.accuracyChart);
            model.io().run(() -> {
                ImageFiles.writePng(loss, target.toPath().resolveSibling(base + "-loss.png"));
                ImageFiles.writePng(accuracy, target.toPath().resolveSibling(base + "-accuracy.png"));
                return target;
            }, done -> { }, error -> showError("Could not export the charts: " + error.getMessage()));
        }
    }

    private void showError(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(view.getScene().getWindow());
        alert.showAndWait();
    }
}
