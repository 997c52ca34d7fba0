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
        // Inverse map: for each target pixel find where it came from in the source.
        double cos = Math.cos(angle) / scale;
        double sin = Math.sin(angle) / scale;
        for (int y = 0; y < SIDE; y++) {
            double dy = y - CENTRE - shiftY;
            for (int x = 0; x < SIDE; x++) {
                double dx = x - CENTRE - shiftX;
                double sourceX = cos * dx + sin * dy + CENTRE;
                double sourceY = -sin * dx + cos * dy + CENTRE;
                target[offset + y * SIDE + x] = bilinear(source, sourceX, sourceY);
            }
        }
    }

    private static double uniform(SplittableRandom random, double limit) {
        return limit == 0 ? 0 : random.nextDouble(-limit, limit);
    }

    private static float bilinear(float[] image, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double top = lerp(pixel(image, x0, y0), pixel(image, x0 + 1, y0), fx);
        double bottom = lerp(pixel(image, x0, y0 + 1), pixel(image, x0 + 1, y0 + 1), fx);
        return (float) lerp(top, bottom, fy);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static float pixel(float[] image, int x, int y) {
        return x < 0 || y < 0 || x >= SIDE || y >= SIDE ? 0f : image[y * SIDE + x];
    }
}
