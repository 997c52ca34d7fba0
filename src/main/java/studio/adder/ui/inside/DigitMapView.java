package studio.adder.ui.inside;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import studio.adder.explain.DigitMap;
import studio.adder.ui.common.FigurePalette;

/**
 * The map of all test digits: one dot per image coloured by its label, misread ones drawn as crosses, the current
 * drawing as a ringed dot; hovering a dot shows its image and what the model answered.
 */
final class DigitMapView extends Pane {

    static final double SIDE = 300;

    private final Canvas dots = new Canvas(SIDE, SIDE);
    /** The live dot on its own layer: moving it redraws one dot, not every test digit. */
    private final Canvas liveLayer = new Canvas(SIDE, SIDE);
    private final Canvas hover = new Canvas(64, 64);
    private final Label hoverText = new Label();
    private DigitMap map;
    private float[] live;
    private double minX;
    private double minY;
    private double scale;

    DigitMapView() {
        setId("digit-map");
        setPrefSize(SIDE, SIDE);
        setMinSize(SIDE, SIDE);
        hover.setVisible(false);
        hoverText.setVisible(false);
        hoverText.setStyle("-fx-background-color: -color-bg-default; -fx-opacity: 0.9; -fx-padding: 1 4 1 4;");
        liveLayer.setMouseTransparent(true);
        hover.setMouseTransparent(true);
        hoverText.setMouseTransparent(true);
        getChildren().addAll(dots, liveLayer, hover, hoverText);
        dots.setOnMouseMoved(event -> showNearest(event.getX(), event.getY()));
        dots.setOnMouseExited(event -> {
            hover.setVisible(false);
            hoverText.setVisible(false);
        });
    }

    void show(DigitMap shown) {
        map = shown;
        if (shown != null) {
            fit(shown);
        }
        redraw();
        drawLive();
    }

    /** Moves the live dot (the current drawing's place), or hides it with null. */
    void showLive(float[] place) {
        live = place;
        drawLive();
    }

    private void drawLive() {
        GraphicsContext g = liveLayer.getGraphicsContext2D();
        g.clearRect(0, 0, SIDE, SIDE);
        if (live == null || map == null) {
            return;
        }
        double sx = screenX(live[0]);
        double sy = screenY(live[1]);
        FigurePalette palette = FigurePalette.current();
        g.setFill(palette.ink());
        g.fillOval(sx - 6, sy - 6, 12, 12);
        g.setStroke(palette.paper());
        g.setLineWidth(2);
        g.strokeOval(sx - 4, sy - 4, 8, 8);
    }

    private void fit(DigitMap shown) {
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < shown.size(); i++) {
            minX = Math.min(minX, shown.x()[i]);
            minY = Math.min(minY, shown.y()[i]);
            maxX = Math.max(maxX, shown.x()[i]);
            maxY = Math.max(maxY, shown.y()[i]);
        }
        scale = (SIDE - 16) / Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
    }

    private double screenX(double x) {
        return 8 + (x - minX) * scale;
    }

    private double screenY(double y) {
        return 8 + (y - minY) * scale;
    }

    private void redraw() {
        GraphicsContext g = dots.getGraphicsContext2D();
        FigurePalette palette = FigurePalette.current();
        g.setFill(palette.paper());
        g.fillRect(0, 0, SIDE, SIDE);
        if (map == null) {
            return;
        }
        float[] x = map.x();
        float[] y = map.y();
        int[] labels = map.labels();
        for (int i = 0; i < map.size(); i++) {
            g.setFill(palette.label(labels[i]));
            g.fillRect(screenX(x[i]) - 1, screenY(y[i]) - 1, 2.5, 2.5);
        }
        g.setStroke(palette.ink());
        g.setLineWidth(1);
        for (int i = 0; i < map.size(); i++) {
            if (map.misclassified(i)) {
                double sx = screenX(x[i]);
                double sy = screenY(y[i]);
                g.strokeLine(sx - 3, sy - 3, sx + 3, sy + 3);
                g.strokeLine(sx - 3, sy + 3, sx + 3, sy - 3);
            }
        }
        for (int digit = 0; digit < 10; digit++) {
            g.setFill(palette.label(digit));
            g.fillRect(8 + digit * 30, SIDE - 14, 10, 10);
            g.setFill(palette.ink());
            g.fillText(String.valueOf(digit), 20 + digit * 30, SIDE - 5);
        }
    }

    private void showNearest(double mouseX, double mouseY) {
        if (map == null) {
            return;
        }
        int nearest = -1;
        double best = 36;
        for (int i = 0; i < map.size(); i++) {
            double dx = screenX(map.x()[i]) - mouseX;
            double dy = screenY(map.y()[i]) - mouseY;
            if (dx * dx + dy * dy < best) {
                best = dx * dx + dy * dy;
                nearest = i;
            }
        }
        if (nearest < 0) {
            hover.setVisible(false);
            hoverText.setVisible(false);
            return;
        }
        float[] pixels = new float[784];
        map.copyImage(nearest, pixels);
        Cells.grey(hover.getGraphicsContext2D(), pixels, 28, 0, 0, 64 / 28.0);
        double left = mouseX + 70 > SIDE ? mouseX - 72 : mouseX + 8;
        double top = mouseY + 84 > SIDE ? mouseY - 84 : mouseY + 8;
        hover.relocate(left, top);
        hoverText.setText("a " + map.labels()[nearest] + ", read as " + map.predicted()[nearest]);
        hoverText.relocate(left, top + 64);
        hover.setVisible(true);
        hoverText.setVisible(true);
    }
}
