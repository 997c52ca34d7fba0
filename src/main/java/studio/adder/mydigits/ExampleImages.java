package studio.adder.mydigits;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.ImageReadException;
import studio.adder.preprocess.MnistPreprocessor;
import studio.adder.util.AtomicFiles;

/**
 * PNG files of examples, white ink on black like MNIST: the 28x28 input as 8-bit gray, and any
 * picture of a digit turned into such an input.
 */
public final class ExampleImages {

    /** Side of a model input. */
    public static final int SIDE = MnistPreprocessor.IMAGE_SIDE;

    private ExampleImages() {}

    /** Writes ink values (0..1, row-major) as an 8-bit gray PNG, atomically. */
    public static void writePng(Path file, int width, int height, float[] ink) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        int[] samples = new int[width * height];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = Math.round(Math.max(0f, Math.min(1f, ink[i])) * 255f);
        }
        image.getRaster().setSamples(0, 0, width, height, 0, samples);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer is available");
            }
        });
    }

    /** Writes a 28x28 model input. */
    public static void writeInput(Path file, float[] input) throws IOException {
        if (input.length != SIDE * SIDE) {
            throw new IllegalArgumentException("A model input has " + SIDE * SIDE + " values, not " + input.length);
        }
        writePng(file, SIDE, SIDE, input);
    }

    /**
     * Reads a picture as a model input: a 28x28 picture is taken as it is (it is one already),
     * any other size goes through the same preparation as a drawing.
     *
     * @throws ImageReadException when the file is no readable picture or holds no ink
     */
    public static float[] readInput(Path file) {
        GrayImage image = GrayImage.read(file);
        if (image.width() == SIDE && image.height() == SIDE) {
            return image.pixels().clone();
        }
        Optional<float[]> input = MnistPreprocessor.toMnist(image);
        return input.orElseThrow(() -> new ImageReadException(file, "it holds no ink that could be a digit"));
    }
}
