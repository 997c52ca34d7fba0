package studio.adder.ui.inside;

import java.util.Arrays;
import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import studio.adder.explain.ExplainPictures;
import studio.adder.explain.LayerOutput;
import studio.adder.ui.common.FigurePalette;

/**
 * One layer's output on one canvas: each feature map as a small greyscale tile (scaled to its own range), or a
 * vector as bars. Clicking a tile picks that channel. One canvas per layer keeps a redraw cheap.
 */
final class LayerSheet extends Canvas {

    private static final double GAP = 2;
    private static final double MAX_WIDTH = 540;

    private final Cells.ImageBrush brush = new Cells.ImageBrush();
    private LayerOutput layer;
    private double tile;
    private int columns;

    LayerSheet(IntConsumer onChannel) {
        setOnMouseClicked(event -> {
            if (layer != null && layer.isMaps()) {
                int column = (int) (event.getX() / (tile + GAP));
                int row = (int) (event.getY() / (tile + GAP));
                int channel = row * columns + column;
                if (column < columns && channel < layer.channels()) {
                    onChannel.accept(channel);
                }
            }
        });
    }

    /** Draws {@code shown}; {@code selected} is outlined (-1: none). */
    void show(LayerOutput shown, int selected) {
        layer = shown;
        GraphicsContext g = getGraphicsContext2D();
        if (!shown.isMaps()) {
            drawBars(g, shown.values());
            return;
        }
        int side = Math.max(shown.shape()[1], shown.shape()[2]);
        tile = side >= 14 ? 2.0 * side : side == 1 ? 14 : 5.0 * side;
        columns = (int) Math.max(1, Math.floor((MAX_WIDTH + GAP) / (tile + GAP)));
        int rows = (shown.channels() + columns - 1) / columns;
        setWidth(Math.min(shown.channels(), columns) * (tile + GAP));
        setHeight(rows * (tile + GAP));
        g.clearRect(0, 0, getWidth(), getHeight());
        // One image at one pixel per value, reused from drawing to drawing and filled in one call, drawn scaled
        // without smoothing: a few hundred thousand cells filled one by one would cost the FX thread tens of
        // milliseconds per drawing.
        int height = shown.shape()[1];
        int width = shown.shape()[2];
        int imageWidth = columns * width;
        int[] argb = brush.pixels(imageWidth, rows * height);
        float[] values = shown.values();
        int size = width * height;
        for (int c = 0; c < shown.channels(); c++) {
            float[] levels = ExplainPictures.stretched(Arrays.copyOfRange(values, c * size, (c + 1) * size));
            int left = (c % columns) * width;
            int top = (c / columns) * height;
            for (int i = 0; i < levels.length; i++) {
                argb[(top + i / width) * imageWidth + left + i % width] = Cells.greyArgb(levels[i]);
            }
        }
        WritableImage image = brush.image();
        g.setImageSmoothing(false);
        double scaleX = tile / side;
        for (int c = 0; c < shown.channels(); c++) {
            double x = (c % columns) * (tile + GAP);
            double y = (c / columns) * (tile + GAP);
            g.drawImage(image, (c % columns) * width, (c / columns) * height, width, height, x, y, width * scaleX,
                    height * scaleX);
            if (c == selected) {
                g.setStroke(FigurePalette.current().highlight());
                g.setLineWidth(2);
                g.strokeRect(x + 1, y + 1, tile - 2, tile - 2);
            }
        }
    }

    private void drawBars(GraphicsContext g, float[] values) {
        double barWidth = Math.max(2, Math.min(24, MAX_WIDTH / values.length));
        setWidth(values.length * barWidth);
        setHeight(48);
        g.clearRect(0, 0, getWidth(), getHeight());
        FigurePalette palette = FigurePalette.current();
        float range = Cells.maxAbs(values);
        double middle = 24;
        for (int i = 0; i < values.length; i++) {
            double length = range == 0 ? 0 : 22 * values[i] / range;
            g.setFill(values[i] >= 0 ? palette.positive() : palette.negative());
            g.fillRect(i * barWidth, length >= 0 ? middle - length : middle, barWidth - 1, Math.abs(length));
        }
        g.setStroke(palette.muted());
        g.strokeLine(0, middle, getWidth(), middle);
    }
}
