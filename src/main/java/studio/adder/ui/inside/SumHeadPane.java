package studio.adder.ui.inside;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import studio.adder.explain.CompactSumGrid;
import studio.adder.explain.LinearSumMap;
import studio.adder.explain.SumHeadView;
import studio.adder.ui.common.FigurePalette;

/**
 * The sum head made visible: the compact head's 10x10 grid (digit probability times one-hot number, one lit
 * column, each cell labelled with the sum it votes for), or the seed head's one 19x20 matrix as a heat map.
 */
final class SumHeadPane extends VBox {

    private static final double SIDE = 250;

    private final Label title = new Label("How the sum head adds");
    private final Canvas canvas = new Canvas(SIDE, SIDE);
    private final Label explanation = new Label();
    private SumHeadView shown;
    private FigurePalette shownPalette;

    SumHeadPane() {
        super(4);
        setId("sum-head");
        title.getStyleClass().add("title-4");
        explanation.setWrapText(true);
        explanation.setMaxWidth(SIDE + 20);
        getChildren().addAll(title, canvas, explanation);
    }

    void show(SumHeadView view) {
        // The seed's matrix is the model's, the same for every drawing: draw it once per model (and theme).
        if (view instanceof LinearSumMap linear && shown instanceof LinearSumMap before
                && Arrays.equals(linear.matrix(), before.matrix()) && FigurePalette.current() == shownPalette) {
            return;
        }
        shown = view;
        shownPalette = FigurePalette.current();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, SIDE, SIDE);
        if (view instanceof CompactSumGrid grid) {
            drawGrid(g, grid);
        } else if (view instanceof LinearSumMap linear) {
            drawMatrix(g, linear);
        }
    }

    private void drawGrid(GraphicsContext g, CompactSumGrid grid) {
        double cell = (SIDE - 16) / 10;
        float[] cells = grid.cells();
        int[] votes = grid.votes();
        FigurePalette palette = FigurePalette.current();
        g.setFont(Font.font(9));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int d = 0; d < 10; d++) {
            g.setFill(palette.muted());
            g.fillText(String.valueOf(d), 6, 16 + d * cell + cell / 2);
            g.fillText(String.valueOf(d), 16 + d * cell + cell / 2, 6);
            for (int n = 0; n < 10; n++) {
                double x = 16 + n * cell;
                double y = 16 + d * cell;
                float value = cells[d * 10 + n];
                g.setFill(n == grid.number() ? palette.heat(value) : palette.idle());
                g.fillRect(x, y, cell - 1, cell - 1);
                int vote = votes[d * 10 + n];
                g.setFill(vote == d + n ? (value > 0.5 ? palette.onHeat() : palette.ink()) : palette.error());
                g.fillText(String.valueOf(vote), x + cell / 2, y + cell / 2);
            }
        }
        explanation.setText("Rows: the digit's probability; columns: the number (only column " + grid.number()
                + " is lit). Each cell shows the sum the dense layer gives it; " + grid.cellsThatAdd()
                + " of 100 cells vote for row + column (red: the others). So the sum is right whenever the digit is.");
    }

    private void drawMatrix(GraphicsContext g, LinearSumMap linear) {
        double cell = (SIDE - 16) / LinearSumMap.COLUMNS;
        float[] matrix = linear.matrix();
        Cells.diverging(g, matrix, LinearSumMap.COLUMNS, 16, 16, cell, Cells.maxAbs(matrix));
        g.setFill(FigurePalette.current().muted());
        g.setFont(Font.font(8));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int s = 0; s < LinearSumMap.ROWS; s += 3) {
            g.fillText(String.valueOf(s), 7, 16 + s * cell + cell / 2);
        }
        g.fillText("digit logits", 16 + 5 * cell, 7);
        g.fillText("number", 16 + 15 * cell, 7);
        explanation.setText("The three dense layers multiplied into one matrix: rows are the sums 0-18, columns "
                + "the ten digit logits and the ten number inputs. " + LinearSumMap.WHY);
    }
}
