package studio.adder.ui.draw;

import java.io.File;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import studio.adder.ui.common.DroppedFiles;

/**
 * The three ways a picture reaches the drawing tab: the file chooser, the clipboard, and files
 * dropped on the view. Each hands the picture to the {@link DrawViewModel}; UI thread only.
 */
final class PictureInputs {

    private final Node view;
    private final DrawViewModel model;
    private File lastPictureFolder;

    /** Inputs for {@code model}, with dialogs owned by {@code view}'s window and drops onto {@code view}. */
    PictureInputs(Node view, DrawViewModel model) {
        this.view = view;
        this.model = model;
    }

    /** Takes pictures dropped on the view; anything else bubbles up to the window, which opens models. */
    void acceptDrops() {
        view.setOnDragOver(this::dragOver);
        view.setOnDragDropped(this::dropped);
    }

    /** Asks for a picture file and opens it. */
    void chooseImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a picture of a digit");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures (PNG, JPEG, BMP, GIF)",
                "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif"));
        // The first time in the bundled samples, later where the last picture came from.
        Optional.ofNullable(lastPictureFolder).or(SampleImages::folder).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showOpenDialog(view.getScene().getWindow());
        if (file != null) {
            lastPictureFolder = file.getParentFile();
            model.openImage(file.toPath());
        }
    }

    /** Uses the clipboard's picture, or its first picture file. */
    void pasteFromClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasImage()) {
            model.pastePicture(SwingFXUtils.fromFXImage(clipboard.getImage(), null));
        } else if (clipboard.hasFiles()) {
            DroppedFiles.firstPicture(clipboard.getFiles()).ifPresent(file -> model.openImage(file.toPath()));
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()
                && DroppedFiles.firstPicture(event.getDragboard().getFiles()).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        Optional<File> file = event.getDragboard().hasFiles()
                ? DroppedFiles.firstPicture(event.getDragboard().getFiles()) : Optional.empty();
        file.ifPresent(picture -> {
            model.openImage(picture.toPath());
            event.setDropCompleted(true);
            event.consume();
        });
    }
}
