package studio.adder.ui.draw;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One vertical bar per class (a probability 0..1 each), labelled with the class below it; the
 * most likely class is highlighted. Colours come from the theme through the stylesheet.
 */
public final class ProbabilityBars extends Region {

    private static final double LABEL_HEIGHT = 18;

    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private float[] values;
    private int winner = -1;

    /** Bars for the classes {@code 0 .. count-1}, all empty. */
    public ProbabilityBars(int count) {
        getStyleClass().add("probability-bars");
        values = new float[count];
        for (int i = 0; i < count; i++) {
            Rectangle bar = new Rectangle();
            bar.getStyleClass().add("probability-bar");
            Label label = new Label(Integer.toString(i));
            label.getStyleClass().add("probability-label");
            bars.add(bar);
            labels.add(label);
        }
        getChildren().addAll(bars);
        getChildren().addAll(labels);
        setMinHeight(70);
        setPrefHeight(96);
        setPrefWidth(count * 22);
    }

    /** Shows these probabilities; null empties the bars. */
    public void show(float[] probabilities) {
        values = probabilities == null ? new float[bars.size()] : probabilities.clone();
        winner = probabilities == null ? -1 : argMax(values);
        for (int i = 0; i < bars.size(); i++) {
            bars.get(i).getStyleClass().remove("winner");
            labels.get(i).getStyleClass().remove("winner");
        }
        if (winner >= 0) {
            bars.get(winner).getStyleClass().add("winner");
            labels.get(winner).getStyleClass().add("winner");
        }
        requestLayout();
    }

    /** The highlighted class, or -1 when empty. */
    public int winner() {
        return winner;
    }

    /** The probabilities shown. */
    public float[] values() {
        return values.clone();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double barArea = Math.max(0, getHeight() - top - snappedBottomInset() - LABEL_HEIGHT);
        double slot = width / bars.size();
        double barWidth = Math.max(2, slot * 0.7);
        for (int i = 0; i < bars.size(); i++) {
            double height = Math.max(1, values[i] * barArea);
            Rectangle bar = bars.get(i);
            bar.setWidth(barWidth);
            bar.setHeight(height);
            bar.relocate(left + i * slot + (slot - barWidth) / 2, top + barArea - height);
            layoutInArea(labels.get(i), left + i * slot, top + barArea, slot, LABEL_HEIGHT, 0,
                    null, HPos.CENTER, VPos.CENTER);
        }
    }

    private static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
