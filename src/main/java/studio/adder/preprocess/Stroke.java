package studio.adder.preprocess;

import java.util.List;

/**
 * One continuous pen movement on the canvas: the pen width and the points it passed through, in order.
 *
 * <p>Instances are immutable: the point list is copied on construction.
 *
 * @param width  pen diameter in canvas pixels, greater than zero
 * @param points the sampled pen positions; a single point is a dot
 */
public record Stroke(float width, List<StrokePoint> points) {

    /** Validates the stroke and takes an unmodifiable copy of the points. */
    public Stroke {
        if (!(width > 0) || !Float.isFinite(width)) {
            throw new IllegalArgumentException("Stroke width must be a positive finite number, got " + width);
        }
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A stroke needs at least one point");
        }
    }

    /** Convenience factory for tests and callers that hold raw coordinates: {@code x0, y0, x1, y1, ...}. */
    public static Stroke of(float width, double... coordinates) {
        if (coordinates.length % 2 != 0) {
            throw new IllegalArgumentException("Coordinates come in (x, y) pairs, got " + coordinates.length + " values");
        }
        StrokePoint[] points = new StrokePoint[coordinates.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new StrokePoint(coordinates[2 * i], coordinates[2 * i + 1]);
        }
        return new Stroke(width, List.of(points));
    }
}
