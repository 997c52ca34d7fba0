package studio.adder.ui.draw;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The 28x28 image the model actually sees, magnified so each pixel is a visible square with a thin
 * gap around it.
 */
public final class ModelInputView extends Canvas {

    private static final int SIDE = 28;
    private static final double CELL = 5;
    private static final Color GAP = Color.gray(0.18);

    private float[] pixels;

    /** An empty 28x28 grid. */
    public ModelInputView() {
        super(SIDE * CELL + 1, SIDE * CELL + 1);
        getStyleClass().add("model-input");
        show(null);
    }

    /** Shows 784 values in 0..1 (white ink on black); null shows an empty grid. */
    public void show(float[] values) {
        pixels = values == null ? null : values.clone();
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(GAP);
        g.fillRect(0, 0, getWidth(), getHeight());
        for (int row = 0; row < SIDE; row++) {
            for (int col = 0; col < SIDE; col++) {
                double ink = pixels == null ? 0 : Math.max(0, Math.min(1, pixels[row * SIDE + col]));
                g.setFill(Color.gray(ink));
                g.fillRect(col * CELL + 1, row * CELL + 1, CELL - 1, CELL - 1);
            }
        }
    }

    /** The pixels shown, or null. */
    public float[] pixels() {
        return pixels == null ? null : pixels.clone();
    }
}
