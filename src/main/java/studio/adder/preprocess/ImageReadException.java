package studio.adder.preprocess;

import java.nio.file.Path;

/**
 * Thrown when an image file cannot be turned into a {@link GrayImage}; the message names the file and says why,
 * in words fit to show to the user.
 */
public class ImageReadException extends RuntimeException {

    private final transient Path file;

    public ImageReadException(Path file, String reason) {
        this(file, reason, null);
    }

    public ImageReadException(Path file, String reason, Throwable cause) {
        super("Cannot read image \"" + file + "\": " + reason, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
