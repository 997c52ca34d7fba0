package studio.adder.mydigits;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One kept example: the 28x28 model input in its digit's folder, and the drawing at canvas size
 * when there is one.
 *
 * @param digit the digit the user says it shows, 0-9
 * @param input the 28x28 PNG, {@code <my-digits>/<digit>/<name>}
 * @param original the canvas-size PNG in the originals tree, or null (imported 28x28 images have none)
 */
public record Example(int digit, Path input, Path original) {

    /** The file name shared by the input and the original. */
    public String name() {
        return input.getFileName().toString();
    }

    /** The canvas-size drawing, if kept. */
    public Optional<Path> originalFile() {
        return Optional.ofNullable(original);
    }
}
