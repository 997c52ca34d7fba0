package studio.adder.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file and folder dialogs, through JavaFX's choosers; call on the FX thread. */
public final class FxFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> openFile(Window owner, String title, FileKind kind, Path startIn) {
        FileChooser chooser = chooser(title, kind);
        if (startIn != null && Files.isDirectory(startIn)) {
            chooser.setInitialDirectory(startIn.toFile());
        }
        return path(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> openFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return path(chooser.showDialog(owner));
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String suggestedName, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner));
    }

    private static FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (kind != null) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        }
        return chooser;
    }

    private static Optional<Path> path(File chosen) {
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
