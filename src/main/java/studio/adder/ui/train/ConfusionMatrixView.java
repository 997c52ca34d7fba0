package studio.adder.ui.train;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import studio.adder.train.ConfusionMatrix;

/**
 * The digit head's confusion matrix as a heat map: green diagonal for hits, red cells for the
 * errors, scaled to the largest error so rare confusions stay visible.
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

    private static Label cell(ConfusionMatrix matrix, int actual, int predicted, int maxError) {
        Label cell = new Label();
        // Wide enough for four digits (1,135 ones in the MNIST test set).
        cell.setMinSize(CELL * 1.5, CELL);
        cell.setPrefSize(CELL * 1.5, CELL);
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().add("confusion-cell");
        if (matrix == null) {
            cell.setStyle("-fx-background-color: #eeeeee;");
            return cell;
        }
        int count = matrix.count(actual, predicted);
        int total = Math.max(1, matrix.rowTotal(actual));
        double strength = actual == predicted ? (double) count / total : (double) count / maxError;
        Color base = actual == predicted ? Color.web("#2e9a4a") : Color.web("#d03030");
        Color fill = Color.WHITE.interpolate(base, Math.min(1, strength));
        cell.setStyle("-fx-background-color: " + web(fill) + "; -fx-font-size: 9px; -fx-text-fill: "
                + (strength > 0.6 ? "white" : "#333333") + ";");
        cell.setText(count == 0 ? "" : Integer.toString(count));
        cell.setTooltip(new Tooltip(String.format(Locale.ROOT, "true %d, predicted %d: %d of %d (%.1f%%)",
                actual, predicted, count, total, 100.0 * count / total)));
        return cell;
    }

    private static String web(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(color.getRed() * 255),
                (int) Math.round(color.getGreen() * 255), (int) Math.round(color.getBlue() * 255));
    }
}
