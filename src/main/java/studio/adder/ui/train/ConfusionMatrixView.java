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

    /** Built once and updated in place: new nodes each epoch would each cost a CSS pass. */
    private final Cell[] cells = new Cell[100];
    private boolean tipsInstalled;

    ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix");
        setHgap(1);
        setVgap(1);
        for (int digit = 0; digit < 10; digit++) {
            add(header(digit), digit + 1, 0);
            add(header(digit), 0, digit + 1);
        }
        for (int actual = 0; actual < 10; actual++) {
            for (int predicted = 0; predicted < 10; predicted++) {
                Cell cell = new Cell(actual, predicted);
                cells[actual * 10 + predicted] = cell;
                add(cell.pane, predicted + 1, actual + 1);
            }
        }
        show(null);
    }

    /** Draws {@code matrix}, or an empty grid when there is none yet. */
    void show(ConfusionMatrix matrix) {
        int maxError = matrix == null ? 0 : Math.max(1, matrix.maxError());
        for (Cell cell : cells) {
            cell.show(matrix, maxError);
        }
        showTips(matrix != null);
    }

    private static Label header(int digit) {
        Label label = new Label(Integer.toString(digit));
        label.setMinSize(CELL, CELL);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    /** Tooltips only while there are figures to tell. */
    private void showTips(boolean shown) {
        if (shown == tipsInstalled) {
            return;
        }
        for (Cell cell : cells) {
            if (shown) {
                Tooltip.install(cell.pane, cell.tip);
            } else {
                Tooltip.uninstall(cell.pane, cell.tip);
            }
        }
        tipsInstalled = shown;
    }

    /**
     * A cell: the theme's background, a heat layer in the theme's success (hits) or danger (errors)
     * colour whose opacity is the strength, and the count on top, so both themes colour it.
     */
    private static final class Cell {
        private final int actual;
        private final int predicted;
        private final Region heat = new Region();
        private final Label count = new Label();
        private final Tooltip tip = new Tooltip();
        private final StackPane pane = new StackPane(heat, count);

        Cell(int actual, int predicted) {
            this.actual = actual;
            this.predicted = predicted;
            heat.getStyleClass().add(actual == predicted ? "hit" : "miss");
            // Wide enough for four digits (1,135 ones in the MNIST test set).
            pane.setMinSize(CELL * 1.5, CELL);
            pane.setPrefSize(CELL * 1.5, CELL);
            pane.getStyleClass().add("confusion-cell");
        }

        void show(ConfusionMatrix matrix, int maxError) {
            if (matrix == null) {
                heat.setOpacity(0);
                count.setText("");
                count.getStyleClass().remove("strong");
                return;
            }
            int hits = matrix.count(actual, predicted);
            int total = Math.max(1, matrix.rowTotal(actual));
            double strength = Math.min(1, actual == predicted ? (double) hits / total : (double) hits / maxError);
            heat.setOpacity(strength);
            boolean strong = strength > 0.6;
            if (strong != count.getStyleClass().contains("strong")) {
                if (strong) {
                    count.getStyleClass().add("strong");
                } else {
                    count.getStyleClass().remove("strong");
                }
            }
            count.setText(hits == 0 ? "" : Integer.toString(hits));
            tip.setText(String.format(Locale.ROOT, "true %d, predicted %d: %d of %d (%.1f%%)",
                    actual, predicted, hits, total, 100.0 * hits / total));
        }
    }
}
