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
    private final Region[] heats = new Region[100];
    private final Label[] counts = new Label[100];
    private final Tooltip[] tips = new Tooltip[100];
    private final StackPane[] cells = new StackPane[100];
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
                add(cell(actual, predicted), predicted + 1, actual + 1);
            }
        }
        show(null);
    }

    /** Draws {@code matrix}, or an empty grid when there is none yet. */
    void show(ConfusionMatrix matrix) {
        int maxError = matrix == null ? 0 : Math.max(1, matrix.maxError());
        for (int actual = 0; actual < 10; actual++) {
            for (int predicted = 0; predicted < 10; predicted++) {
                showCell(matrix, actual, predicted, maxError);
            }
        }
        showTips(matrix != null);
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
    private StackPane cell(int actual, int predicted) {
        int index = actual * 10 + predicted;
        heats[index] = new Region();
        heats[index].getStyleClass().add(actual == predicted ? "hit" : "miss");
        counts[index] = new Label();
        tips[index] = new Tooltip();
        cells[index] = new StackPane(heats[index], counts[index]);
        // Wide enough for four digits (1,135 ones in the MNIST test set).
        cells[index].setMinSize(CELL * 1.5, CELL);
        cells[index].setPrefSize(CELL * 1.5, CELL);
        cells[index].getStyleClass().add("confusion-cell");
        return cells[index];
    }

    private void showCell(ConfusionMatrix matrix, int actual, int predicted, int maxError) {
        int index = actual * 10 + predicted;
        Label count = counts[index];
        if (matrix == null) {
            heats[index].setOpacity(0);
            count.setText("");
            count.getStyleClass().remove("strong");
            return;
        }
        int hits = matrix.count(actual, predicted);
        int total = Math.max(1, matrix.rowTotal(actual));
        double strength = Math.min(1, actual == predicted ? (double) hits / total : (double) hits / maxError);
        heats[index].setOpacity(strength);
        boolean strong = strength > 0.6;
        if (strong != count.getStyleClass().contains("strong")) {
            if (strong) {
                count.getStyleClass().add("strong");
            } else {
                count.getStyleClass().remove("strong");
            }
        }
        count.setText(hits == 0 ? "" : Integer.toString(hits));
        tips[index].setText(String.format(Locale.ROOT, "true %d, predicted %d: %d of %d (%.1f%%)",
                actual, predicted, hits, total, 100.0 * hits / total));
    }

    /** Tooltips only while there are figures to tell. */
    private void showTips(boolean shown) {
        if (shown == tipsInstalled) {
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            if (shown) {
                Tooltip.install(cells[i], tips[i]);
            } else {
                Tooltip.uninstall(cells[i], tips[i]);
            }
        }
        tipsInstalled = shown;
    }
}
