package studio.adder.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.Stroke;
import studio.adder.preprocess.StrokePoint;

/**
 * A square canvas, white ink on black like MNIST whatever the theme, that records pen movements as
 * strokes in drawing pixels ({@link DrawViewModel#DRAWING_SIDE} per side) and scales them to its
 * size, so the pen grows with the window. Touch and pen input arrive as (synthesized) mouse events.
 */
public final class DrawingCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<ObservableList<Stroke>> strokes = new SimpleObjectProperty<>();
    private final ObjectProperty<GrayImage> picture = new SimpleObjectProperty<>();
    private final DoubleProperty penWidth = new SimpleDoubleProperty(20);
    private final List<StrokePoint> currentPoints = new ArrayList<>();
    private final ListChangeListener<Stroke> redrawOnChange = change -> redraw();
    private Consumer<Stroke> onStrokeMoved = stroke -> { };
    private Consumer<Stroke> onStrokeEnded = stroke -> { };
    private WritableImage pictureImage;

    /** An empty canvas. */
    public DrawingCanvas() {
        getStyleClass().add("drawing-canvas");
        getChildren().add(canvas);
        setMinSize(140, 140);
        setPrefSize(520, 520);
        strokes.addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(redrawOnChange);
            }
            if (now != null) {
                now.addListener(redrawOnChange);
            }
            redraw();
        });
        picture.addListener((obs, old, now) -> {
            pictureImage = now == null ? null : toImage(now);
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** The finished strokes to show. */
    public ObjectProperty<ObservableList<Stroke>> strokesProperty() {
        return strokes;
    }

    /** A picture to show instead of strokes, or null. */
    public ObjectProperty<GrayImage> pictureProperty() {
        return picture;
    }

    /** Pen diameter for new strokes, in drawing pixels. */
    public DoubleProperty penWidthProperty() {
        return penWidth;
    }

    /** Called with the growing stroke while the pen moves. */
    public void setOnStrokeMoved(Consumer<Stroke> handler) {
        onStrokeMoved = handler;
    }

    /** Called with the finished stroke when the pen lifts. */
    public void setOnStrokeEnded(Consumer<Stroke> handler) {
        onStrokeEnded = handler;
    }

    /** The canvas's side in screen pixels. */
    public double side() {
        return canvas.getWidth();
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
        redraw();
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        currentPoints.clear();
        addPoint(event);
        onStrokeMoved.accept(currentStroke());
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (currentPoints.isEmpty()) {
            return;
        }
        addPoint(event);
        onStrokeMoved.accept(currentStroke());
        event.consume();
    }

    private void released(MouseEvent event) {
        if (currentPoints.isEmpty()) {
            return;
        }
        addPoint(event);
        Stroke finished = currentStroke();
        currentPoints.clear();
        onStrokeEnded.accept(finished);
        event.consume();
    }

    private void addPoint(MouseEvent event) {
        double scale = DrawViewModel.DRAWING_SIDE / Math.max(1, side());
        double x = Math.max(0, Math.min(DrawViewModel.DRAWING_SIDE, event.getX() * scale));
        double y = Math.max(0, Math.min(DrawViewModel.DRAWING_SIDE, event.getY() * scale));
        StrokePoint point = new StrokePoint(x, y);
        if (!currentPoints.isEmpty() && currentPoints.get(currentPoints.size() - 1).equals(point)) {
            return;
        }
        currentPoints.add(point);
        redraw();
    }

    private Stroke currentStroke() {
        return new Stroke((float) penWidth.get(), currentPoints);
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double side = side();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, side, side);
        if (pictureImage != null) {
            drawPicture(g, side);
        }
        double scale = side / DrawViewModel.DRAWING_SIDE;
        if (strokes.get() != null) {
            strokes.get().forEach(stroke -> drawStroke(g, stroke, scale));
        }
        if (!currentPoints.isEmpty()) {
            drawStroke(g, currentStroke(), scale);
        }
    }

    private void drawPicture(GraphicsContext g, double side) {
        double fit = side / Math.max(pictureImage.getWidth(), pictureImage.getHeight());
        double width = pictureImage.getWidth() * fit;
        double height = pictureImage.getHeight() * fit;
        g.drawImage(pictureImage, (side - width) / 2, (side - height) / 2, width, height);
    }

    /** Draws through the midpoints with quadratic curves, so fast movements stay smooth. */
    private static void drawStroke(GraphicsContext g, Stroke stroke, double scale) {
        List<StrokePoint> points = stroke.points();
        double width = stroke.width() * scale;
        g.setFill(Color.WHITE);
        g.setStroke(Color.WHITE);
        if (points.size() == 1) {
            StrokePoint dot = points.get(0);
            g.fillOval(dot.x() * scale - width / 2, dot.y() * scale - width / 2, width, width);
            return;
        }
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.beginPath();
        g.moveTo(points.get(0).x() * scale, points.get(0).y() * scale);
        for (int i = 1; i < points.size() - 1; i++) {
            StrokePoint control = points.get(i);
            StrokePoint next = points.get(i + 1);
            g.quadraticCurveTo(control.x() * scale, control.y() * scale,
                    (control.x() + next.x()) / 2 * scale, (control.y() + next.y()) / 2 * scale);
        }
        StrokePoint last = points.get(points.size() - 1);
        g.lineTo(last.x() * scale, last.y() * scale);
        g.stroke();
    }

    /** Shows the ink as the model sees it: white ink on black, whatever the picture's colours. */
    private static WritableImage toImage(GrayImage image) {
        WritableImage result = new WritableImage(image.width(), image.height());
        PixelWriter writer = result.getPixelWriter();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                writer.setColor(x, y, Color.gray(Math.max(0, Math.min(1, image.ink(x, y)))));
            }
        }
        return result;
    }
}
