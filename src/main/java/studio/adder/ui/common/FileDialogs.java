package studio.adder.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The file and folder questions the app asks before it acts. The app's answers come from the
 * system's dialogs ({@link FxFileDialogs}); a test gives its own, so that "choose a file, then act"
 * runs without a dialog to click through. Empty when the user cancels.
 */
public interface FileDialogs {

    /**
     * A kind of file a dialog offers, e.g. "Model archives (.zip)" for {@code *.zip}.
     *
     * @param description the kind in words
     * @param patterns glob patterns such as {@code *.png}
     */
    record FileKind(String description, List<String> patterns) {

        /** Copies the patterns. */
        public FileKind {
            patterns = List.copyOf(patterns);
        }

        /** A kind of the given patterns. */
        public static FileKind of(String description, String... patterns) {
            return new FileKind(description, List.of(patterns));
        }
    }

    /**
     * Asks for an existing file.
     *
     * @param owner the window the dialog belongs to (may be null)
     * @param startIn the folder shown first, or null for the system's choice
     */
    Optional<Path> openFile(Window owner, String title, FileKind kind, Path startIn);

    /** Asks for an existing folder. */
    Optional<Path> openFolder(Window owner, String title);

    /**
     * Asks where to save, suggesting {@code suggestedName}; a file the user agreed to replace may exist.
     *
     * @param kind the kind offered, or null for any
     */
    Optional<Path> saveFile(Window owner, String title, String suggestedName, FileKind kind);
}
