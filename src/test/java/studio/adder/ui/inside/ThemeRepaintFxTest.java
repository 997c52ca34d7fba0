package studio.adder.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.adder.explain.LinearSumMap;
import studio.adder.ui.common.FigurePalette;

/** Figures drawn once per model (the seed's sum matrix) are painted again in a new theme's colours. */
@ExtendWith(ApplicationExtension.class)
class ThemeRepaintFxTest {

    private SumHeadPane sumHead;

    @Start
    void start(Stage stage) {
        sumHead = new SumHeadPane();
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> FigurePalette.use(FigurePalette.LIGHT));
    }

    @Test
    void theSeedsSumMatrixTakesTheNewThemesColoursOnTheNextShow(FxRobot robot) {
        LinearSumMap zeros = new LinearSumMap(new float[LinearSumMap.ROWS * LinearSumMap.COLUMNS]);
        robot.interact(() -> {
            FigurePalette.use(FigurePalette.LIGHT);
            sumHead.show(zeros);
        });
        assertEquals(FigurePalette.LIGHT.paper(), firstCell(robot), "zero is the paper's colour");
        robot.interact(() -> {
            FigurePalette.use(FigurePalette.DARK);
            sumHead.show(new LinearSumMap(zeros.matrix()));
        });
        assertEquals(FigurePalette.DARK.paper(), firstCell(robot));
    }

    private Color firstCell(FxRobot robot) {
        Color[] pixel = new Color[1];
        robot.interact(() -> {
            Canvas canvas = (Canvas) sumHead.lookup("Canvas");
            pixel[0] = canvas.snapshot(null, null).getPixelReader().getColor(20, 20);
        });
        return pixel[0];
    }
}
