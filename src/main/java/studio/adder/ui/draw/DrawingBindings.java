package studio.adder.ui.draw;

import javafx.scene.control.Spinner;

/**
 * What every view of the Draw tab's drawing binds alike (the tab itself and the pad other tabs
 * draw on): a canvas that shows the drawing and hands its strokes on, and a number spinner kept in
 * step with the view model both ways.
 */
final class DrawingBindings {

    private DrawingBindings() {}

    /** {@code canvas} shows {@code model}'s drawing and reports its strokes to it. */
    static void bindCanvas(DrawingCanvas canvas, DrawViewModel model) {
        canvas.strokesProperty().set(model.strokes());
        canvas.pictureProperty().bind(model.pictureProperty());
        canvas.penWidthProperty().bind(model.penWidthProperty());
        canvas.setOnStrokeMoved(model::strokeMoved);
        canvas.setOnStrokeEnded(model::strokeEnded);
    }

    /** {@code spinner} shows {@code model}'s number and sets it; a half-typed (null) value is ignored. */
    static void bindNumber(Spinner<Integer> spinner, DrawViewModel model) {
        spinner.getValueFactory().setValue(model.numberProperty().get());
        model.numberProperty().addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setNumber(now);
            }
        });
    }
}
