package studio.adder.preprocess;

/**
 * One sampled pen position on the drawing canvas, in canvas pixels (x to the right, y downwards).
 *
 * @param x horizontal position in canvas pixels
 * @param y vertical position in canvas pixels
 */
public record StrokePoint(double x, double y) {

    /** Rejects NaN and infinite coordinates, which would silently poison every later computation. */
    public StrokePoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Stroke point coordinates must be finite, got (" + x + ", " + y + ")");
        }
    }
}
