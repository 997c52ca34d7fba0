package studio.adder.preprocess;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A single-channel ink map: row-major values where 0 is background and 1 is full ink, whatever the colours of
 * the original picture were.
 *
 * <p>The pixel array is shared, not copied, so that a canvas-sized image can be handed around without
 * allocation; treat it as read-only once the image is built.
 *
 * @param width  number of columns, at least 1
 * @param height number of rows, at least 1
 * @param pixels {@code width * height} ink values in 0..1, row by row
 */
public record GrayImage(int width, int height, float[] pixels) {

    /** Pictures above this many pixels (a 2,000 x 2,000 square) are subsampled while decoding. */
    static final long MAX_DECODED_PIXELS = 4_000_000;

    /** Checks that the dimensions and the pixel count agree. */
    public GrayImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Image size must be positive, got " + width + "x" + height);
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(
                    "Expected " + width * height + " pixels for " + width + "x" + height + ", got " + pixels.length);
        }
    }

    /**
     * Converts any decoded picture (RGB, ARGB, gray, indexed) to an ink map. Transparent areas count as paper,
     * and the paper colour is detected from the border, so dark-on-light and light-on-dark both give ink = 1.
     */
    public static GrayImage fromBufferedImage(BufferedImage image) {
        return new GrayImage(image.getWidth(), image.getHeight(), InkExtractor.extract(image));
    }

    /**
     * Reads a PNG, JPEG, BMP or GIF file and converts it like {@link #fromBufferedImage(BufferedImage)}.
     *
     * @throws ImageReadException if the file is missing, unreadable, or not an image in a supported format
     */
    public static GrayImage read(Path file) {
        if (!Files.exists(file)) {
            throw new ImageReadException(file, "the file does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ImageReadException(file, "it is a folder, not an image file");
        }
        return fromBufferedImage(decode(file));
    }

    private static BufferedImage decode(Path file) {
        // Looking for a reader first lets us tell "not an image at all" apart from "an image that is damaged".
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            if (input == null) {
                throw new ImageReadException(file, "the file cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ImageReadException(file, "it is not an image in a supported format (PNG, JPEG, BMP or GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // The header says the size: decode a huge picture (a 20,000 x 20,000 PNG is 1.7 MB on
                // disk but 1.6 GB as floats) every n-th pixel only; the model needs 28 x 28.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsamplingStep(reader.getWidth(0), reader.getHeight(0));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (ImageReadException alreadyExplained) {
            throw alreadyExplained;
        } catch (IOException | RuntimeException decoderFailure) {
            // Decoders report truncated or corrupt data with assorted exception types; the user needs one answer.
            throw new ImageReadException(file,
                    "the image data is damaged or incomplete (" + decoderFailure.getMessage() + ")", decoderFailure);
        }
    }

    /**
     * Every how many pixels to decode so that at most {@link #MAX_DECODED_PIXELS} are kept: 1 for
     * ordinary pictures, 10 for a 20,000 x 20,000 one.
     */
    static int subsamplingStep(long width, long height) {
        double pixels = (double) width * height;
        return pixels <= MAX_DECODED_PIXELS ? 1 : (int) Math.ceil(Math.sqrt(pixels / MAX_DECODED_PIXELS));
    }

    /** Ink value at column {@code x}, row {@code y}. */
    public float ink(int x, int y) {
        return pixels[y * width + x];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GrayImage that
                && width == that.width && height == that.height && Arrays.equals(pixels, that.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "GrayImage[" + width + "x" + height + "]";
    }
}
