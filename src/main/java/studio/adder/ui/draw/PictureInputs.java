package studio.adder.ui.draw;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import studio.adder.ui.common.DroppedFiles;
import studio.adder.ui.common.FileDialogs;

/**
 * The three ways a picture reaches the drawing tab: the file chooser, the clipboard, and files
 * dropped on the view. Each hands the picture to the {@link DrawViewModel}; UI thread only.
 */
final class PictureInputs {

    private final Node view;
    private final DrawViewModel model;
    private final FileDialogs dialogs;
    private Path lastPictureFolder;

    /** Inputs for {@code model}, with {@code dialogs} owned by {@code view}'s window and drops onto {@code view}. */
    PictureInputs(Node view, DrawViewModel model, FileDialogs dialogs) {
        this.view = view;
        this.model = model;
        this.dialogs = dialogs;
    }

    /** Takes pictures dropped on the view; anything else bubbles up to the window, which opens models. */
    void acceptDrops() {
        view.setOnDragOver(this::dragOver);
        view.setOnDragDropped(this::dropped);
    }

    /** Asks for a picture file and opens it. */
    void chooseImage() {
        // The first time in the bundled samples, later where the last picture came from.
        Path startIn = lastPictureFolder != null ? lastPictureFolder
                : SampleImages.folder().map(File::toPath).orElse(null);
        dialogs.openFile(view.getScene().getWindow(), "Open a picture of a digit", FileDialogs.FileKind.of(
                "Pictures (PNG, JPEG, BMP, GIF)", "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif"), startIn)
                .ifPresent(file -> {
                    lastPictureFolder = file.getParent();
                    model.openImage(file);
                });
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
