package studio.adder.ui.inside;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws grids of values as cells on a canvas: the shared brush of the Inside tab's pictures. */
final class Cells {

    private Cells() {}

    /** Values 0..1 as grey cells, row-major, {@code columns} wide, each {@code size} pixels, from (x, y). */
    static void grey(GraphicsContext g, float[] values, int columns, double x, double y, double size) {
        for (int i = 0; i < values.length; i++) {
            double level = clamp(values[i]);
            g.setFill(Color.gray(level));
            g.fillRect(x + (i % columns) * size, y + (i / columns) * size, Math.ceil(size), Math.ceil(size));
        }
    }

    /** Signed values as a diverging heat map: blue below zero, red above, white at zero; scaled by {@code range}. */
    static void diverging(GraphicsContext g, float[] values, int columns, double x, double y, double size,
            float range) {
        for (int i = 0; i < values.length; i++) {
            double t = range == 0 ? 0 : Math.max(-1, Math.min(1, values[i] / range));
            Color color = t >= 0 ? Color.WHITE.interpolate(Color.web("#c0392b"), t)
                    : Color.WHITE.interpolate(Color.web("#2962ff"), -t);
            g.setFill(color);
            g.fillRect(x + (i % columns) * size, y + (i / columns) * size, Math.ceil(size), Math.ceil(size));
        }
    }

    /** Ink in grey with heat (0..1) over it from red to yellow. */
    static void heat(GraphicsContext g, float[] ink, float[] heat, double x, double y, double size) {
        for (int i = 0; i < ink.length; i++) {
            double grey = 0.45 * clamp(ink[i]);
            double h = clamp(heat[i]);
            g.setFill(Color.color(clamp(grey + h), clamp(grey + h * h), grey));
            g.fillRect(x + (i % 28) * size, y + (i / 28) * size, Math.ceil(size), Math.ceil(size));
        }
    }

    /** The largest absolute value, for symmetric colour scales. */
    static float maxAbs(float[] values) {
        float max = 0;
        for (float value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
