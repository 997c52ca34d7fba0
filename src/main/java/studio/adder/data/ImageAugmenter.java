package studio.adder.data;

import java.util.SplittableRandom;

/**
 * Light geometric augmentation for 28x28 digits: a random rotation, scale and shift, sampled
 * bilinearly. Digits drawn with a mouse are rarely as upright and centred as MNIST's, and this
 * is the cheapest way to make the network tolerate that.
 */
public final class ImageAugmenter {

    private static final int SIDE = 28;
    private static final double CENTRE = (SIDE - 1) / 2.0;

    private final double maxRotationRadians;
    private final double maxScaleChange;
    private final double maxShiftPixels;

    /** The defaults used for training: +-10 degrees, +-10% scale, +-2 px shift. */
    public ImageAugmenter() {
        this(10, 0.10, 2.0);
    }

    /** An augmenter with the given limits (degrees, relative scale change, pixels). */
    public ImageAugmenter(double maxRotationDegrees, double maxScaleChange, double maxShiftPixels) {
        this.maxRotationRadians = Math.toRadians(maxRotationDegrees);
        this.maxScaleChange = maxScaleChange;
        this.maxShiftPixels = maxShiftPixels;
    }

    /**
     * Writes a randomly transformed copy of {@code source} (784 floats) into {@code target} at
     * {@code offset}.
     */
    public void augment(float[] source, float[] target, int offset, SplittableRandom random) {
        double angle = uniform(random, maxRotationRadians);
        double scale = 1 + uniform(random, maxScaleChange);
        double shiftX = uniform(random, maxShiftPixels);
        double shiftY = uniform(random, maxShiftPixels);
        // Inverse map: for each target pixel find where it came from in the source. Along a row the
        // source point moves by a constant step, so it is advanced instead of recomputed.
        double cos = Math.cos(angle) / scale;
        double sin = Math.sin(angle) / scale;
        double dx0 = -CENTRE - shiftX;
        for (int y = 0; y < SIDE; y++) {
            double dy = y - CENTRE - shiftY;
            double sourceX = cos * dx0 + sin * dy + CENTRE;
            double sourceY = -sin * dx0 + cos * dy + CENTRE;
            int row = offset + y * SIDE;
            for (int x = 0; x < SIDE; x++) {
                target[row + x] = bilinear(source, sourceX, sourceY);
                sourceX += cos;
                sourceY -= sin;
            }
        }
    }

    private static double uniform(SplittableRandom random, double limit) {
        return limit == 0 ? 0 : random.nextDouble(-limit, limit);
    }

    private static float bilinear(float[] image, double x, double y) {
        if (x <= -1 || y <= -1 || x >= SIDE || y >= SIDE) {
            return 0f; // all four neighbours lie outside the image
        }
        int x0 = (int) (x + 1) - 1; // floor, for x > -1, without Math.floor's cost
        int y0 = (int) (y + 1) - 1;
        double fx = x - x0;
        double fy = y - y0;
        double topLeft;
        double topRight;
        double bottomLeft;
        double bottomRight;
        if (x0 >= 0 && y0 >= 0 && x0 < SIDE - 1 && y0 < SIDE - 1) {
            int i = y0 * SIDE + x0;
            topLeft = image[i];
            topRight = image[i + 1];
            bottomLeft = image[i + SIDE];
            bottomRight = image[i + SIDE + 1];
        } else {
            topLeft = pixel(image, x0, y0);
            topRight = pixel(image, x0 + 1, y0);
            bottomLeft = pixel(image, x0, y0 + 1);
            bottomRight = pixel(image, x0 + 1, y0 + 1);
        }
        return (float) lerp(lerp(topLeft, topRight, fx), lerp(bottomLeft, bottomRight, fx), fy);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static float pixel(float[] image, int x, int y) {
        return x < 0 || y < 0 || x >= SIDE || y >= SIDE ? 0f : image[y * SIDE + x];
    }
}
