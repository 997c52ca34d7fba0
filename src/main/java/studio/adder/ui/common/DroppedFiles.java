package studio.adder.ui.common;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sorts files dropped on the window: pictures to draw, and folders or archives to open as models. */
public final class DroppedFiles {

    /** File name endings accepted as pictures. */
    public static final List<String> PICTURE_ENDINGS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    private DroppedFiles() {
    }

    /** Whether {@code file} is named like a picture. */
    public static boolean isPicture(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return PICTURE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    /** The first picture among {@code files}. */
    public static Optional<File> firstPicture(List<File> files) {
        return files.stream().filter(DroppedFiles::isPicture).findFirst();
    }

    /**
     * The first file to open as a model: a folder, or any file that is not a picture. A file that
     * is no archive is still taken, so the user hears why it was refused instead of nothing.
     */
    public static Optional<File> firstModel(List<File> files) {
        return files.stream().filter(file -> file.isDirectory() || !isPicture(file)).findFirst();
    }
}
