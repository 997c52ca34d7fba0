package studio.adder.data;

import java.util.Arrays;

/**
 * Images decoded from an IDX file: {@code count} images of {@code rows x cols} unsigned bytes, row-major, one after
 * another.
 *
 * <p>The pixel array is shared rather than copied because the MNIST training set alone is 47 MB; treat it as
 * read-only.
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {

    public IdxImages {
        if (count < 0 || rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("invalid image shape " + count + "x" + rows + "x" + cols);
        }
        if (pixels.length != (long) count * rows * cols) {
            throw new IllegalArgumentException(
                    "expected " + (long) count * rows * cols + " pixels, got " + pixels.length);
        }
    }

    /** Number of pixels in one image. */
    public int imageSize() {
        return rows * cols;
    }

    /** The pixel at the given place, 0 (background) to 255 (ink). */
    public int pixel(int image, int row, int col) {
        return pixels[image * imageSize() + row * cols + col] & 0xFF;
    }

    /** The first {@code n} images, copied; used to cut small slices for tests. */
    public IdxImages first(int n) {
        if (n < 0 || n > count) {
            throw new IllegalArgumentException("cannot take " + n + " of " + count + " images");
        }
        return new IdxImages(n, rows, cols, Arrays.copyOf(pixels, n * imageSize()));
    }
}
