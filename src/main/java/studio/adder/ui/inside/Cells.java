package studio.adder.ui.inside;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import studio.adder.ui.common.FigurePalette;

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

    /** Signed values as a diverging heat map (the palette's negative below zero, positive above), scaled by {@code range}. */
    static void diverging(GraphicsContext g, float[] values, int columns, double x, double y, double size,
            float range) {
        FigurePalette palette = FigurePalette.current();
        for (int i = 0; i < values.length; i++) {
            g.setFill(palette.diverging(range == 0 ? 0 : values[i] / range));
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

    /** Values 0..1 as grey ARGB pixels. */
    static int greyArgb(double value) {
        int level = (int) Math.round(255 * clamp(value));
        return 0xff000000 | level << 16 | level << 8 | level;
    }

    /**
     * Draws pixel grids as one image, scaled up without smoothing, reusing its image and buffer from one drawing
     * to the next: filling hundreds of cells one by one, or making a new image each time, costs the FX thread
     * milliseconds per drawing.
     */
    static final class ImageBrush {
        private WritableImage image;
        private int[] buffer;

        /** The pixels to fill ({@code width x height} ARGB, row-major), kept for the next drawing. */
        int[] pixels(int width, int height) {
            if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
                image = new WritableImage(width, height);
                buffer = new int[width * height];
            }
            return buffer;
        }

        /** The image as filled, for drawing parts of it. */
        WritableImage image() {
            int width = (int) image.getWidth();
            image.getPixelWriter().setPixels(0, 0, width, (int) image.getHeight(), PixelFormat.getIntArgbInstance(),
                    buffer, 0, width);
            return image;
        }

        /** Draws the filled pixels at (x, y), {@code scale} screen pixels per pixel. */
        void draw(GraphicsContext g, double x, double y, double scale) {
            WritableImage filled = image();
            g.setImageSmoothing(false);
            g.drawImage(filled, x, y, filled.getWidth() * scale, filled.getHeight() * scale);
        }

        /** Ink in grey with heat (0..1) over it from red to yellow, 28x28 filling {@code side}. */
        void heat(GraphicsContext g, float[] ink, float[] heat, double side) {
            int[] argb = pixels(28, 28);
            for (int i = 0; i < ink.length; i++) {
                double grey = 0.45 * clamp(ink[i]);
                double h = clamp(heat[i]);
                int r = (int) Math.round(255 * clamp(grey + h));
                int gr = (int) Math.round(255 * clamp(grey + h * h));
                int b = (int) Math.round(255 * grey);
                argb[i] = 0xff000000 | r << 16 | gr << 8 | b;
            }
            draw(g, 0, 0, side / 28);
        }

        /** Values 0..1 as grey, {@code columns} wide, filling {@code side} pixels across from (0, 0). */
        void grey(GraphicsContext g, float[] values, int columns, double side) {
            int rows = values.length / columns;
            int[] argb = pixels(columns, rows);
            for (int i = 0; i < values.length; i++) {
                argb[i] = greyArgb(values[i]);
            }
            draw(g, 0, 0, side / Math.max(columns, rows));
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
