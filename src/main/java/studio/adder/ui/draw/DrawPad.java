package studio.adder.ui.draw;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A small second canvas on the Draw tab's drawing, with the number, Undo and Clear, for another tab to draw on:
 * strokes drawn here are the Draw tab's strokes, answered the same way, so that tab can follow them live.
 */
public final class DrawPad extends HBox {

    /** Side of the pad's canvas, in screen pixels. */
    static final double SIDE = 140;

    private final DrawingCanvas canvas = new DrawingCanvas();
    private final Label hint = new Label("Draw a digit here");
    private final Spinner<Integer> number = new Spinner<>(new IntegerSpinnerValueFactory(0, 9, 0));
    private final Button undo = new Button("Undo");
    private final Button clear = new Button("Clear");

    /** A pad on {@code model}'s drawing. */
    public DrawPad(DrawViewModel model) {
        super(8);
        getStylesheets().add(DrawPad.class.getResource("draw.css").toExternalForm());
        getStyleClass().add("draw-pad");
        canvas.setId("pad-canvas");
        number.setId("pad-number");
        undo.setId("pad-undo");
        clear.setId("pad-clear");
        canvas.setMinSize(SIDE, SIDE);
        canvas.setPrefSize(SIDE, SIDE);
        canvas.setMaxSize(SIDE, SIDE);
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        number.setEditable(true);
        number.setPrefWidth(72);
        undo.setMaxWidth(Double.MAX_VALUE);
        clear.setMaxWidth(Double.MAX_VALUE);
        undo.setTooltip(new Tooltip("Undo the last stroke"));
        clear.setTooltip(new Tooltip("Clear the drawing (also on the Draw tab)"));
        VBox controls = new VBox(6, new Label("Number to add"), number, undo, clear);
        controls.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(new StackPane(canvas, hint), controls);
        bind(model);
    }

    private void bind(DrawViewModel model) {
        DrawingBindings.bindCanvas(canvas, model);
        DrawingBindings.bindNumber(number, model);
        hint.visibleProperty().bind(model.emptyProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        clear.disableProperty().bind(model.emptyProperty());
        undo.setOnAction(event -> model.undo());
        clear.setOnAction(event -> model.clear());
    }
}
