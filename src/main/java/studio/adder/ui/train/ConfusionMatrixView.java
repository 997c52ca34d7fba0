package studio.adder.ui.train;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import studio.adder.train.ConfusionMatrix;

/**
 * The digit head's confusion matrix as a heat map: green diagonal for hits, red cells for the
 * errors, scaled to the largest error so rare confusions stay visible. Colours come from the theme
 * ({@code train.css}).
 */
final class ConfusionMatrixView extends GridPane {

    private static final double CELL = 20;

    ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix");
        setHgap(1);
        setVgap(1);
        show(null);
    }

    /** Draws {@code matrix}, or an empty grid when there is none yet. */
    void show(ConfusionMatrix matrix) {
        getChildren().clear();
        for (int digit = 0; digit < 10; digit++) {
            add(header(digit), digit + 1, 0);
            add(header(digit), 0, digit + 1);
        }
        int maxError = matrix == null ? 0 : Math.max(1, matrix.maxError());
        for (int actual = 0; actual < 10; actual++) {
            for (int predicted = 0; predicted < 10; predicted++) {
                add(cell(matrix, actual, predicted, maxError), predicted + 1, actual + 1);
            }
        }
    }

    private static Label header(int digit) {
        Label label = new Label(Integer.toString(digit));
        label.setMinSize(CELL, CELL);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    /**
     * A cell: the theme's background, a heat layer in the theme's success (hits) or danger (errors)
     * colour whose opacity is the strength, and the count on top, so both themes colour it.
     */
    private static StackPane cell(ConfusionMatrix matrix, int actual, int predicted, int maxError) {
        Region heat = new Region();
        heat.getStyleClass().add(actual == predicted ? "hit" : "miss");
        Label count = new Label();
        StackPane cell = new StackPane(heat, count);
        // Wide enough for four digits (1,135 ones in the MNIST test set).
        cell.setMinSize(CELL * 1.5, CELL);
        cell.setPrefSize(CELL * 1.5, CELL);
        cell.getStyleClass().add("confusion-cell");
        if (matrix == null) {
            heat.setOpacity(0);
            return cell;
        }
        int hits = matrix.count(actual, predicted);
        int total = Math.max(1, matrix.rowTotal(actual));
        double strength = Math.min(1, actual == predicted ? (double) hits / total : (double) hits / maxError);
        heat.setOpacity(strength);
        if (strength > 0.6) {
            count.getStyleClass().add("strong");
        }
        count.setText(hits == 0 ? "" : Integer.toString(hits));
        Tooltip.install(cell, new Tooltip(String.format(Locale.ROOT, "true %d, predicted %d: %d of %d (%.1f%%)",
                actual, predicted, hits, total, 100.0 * hits / total)));
        return cell;
    }
}
