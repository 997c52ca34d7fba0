package studio.adder.ui.draw;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.mydigits.MyDigits;
import studio.adder.ui.MainWindow;
import studio.adder.ui.StudioPreferences;
import studio.adder.ui.common.IoRunner;
import studio.adder.ui.mydigits.MyDigitsViewModel;

/**
 * Makes the handwriting sets of one scripted person by dragging the mouse over the real drawing
 * canvas and clicking the right digit under the bars, so every drawing goes through the app's own
 * canvas, preparation and example store. Not a test; run it with
 * {@code ./mvnw -o test -Dtest=ScriptedWriterMeasurement -Dadder.writer.out=DIR -Dadder.writer.seed=N
 * -Dadder.writer.perDigit=K}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "adder.writer.out", matches = ".+")
@Tag("measure")
class ScriptedWriterMeasurement {

    private MainWindow window;
    private DrawViewModel model;
    private MyDigitsViewModel examples;

    @Start
    void start(Stage stage) throws Exception {
        StudioPreferences preferences = TestEngine.freshPreferences("writer");
        examples = new MyDigitsViewModel(new IoRunner(), new MyDigits(Path.of(System.getProperty("adder.writer.out"))));
        window = new MainWindow(TestEngine.context(examples), preferences);
        window.show(stage);
        model = window.drawTab().viewModel();
    }

    @Test
    void writeDrawings(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.activeModel().activeProperty().get() != null);
        ScriptedWriter writer = new ScriptedWriter(Long.getLong("adder.writer.seed", 1));
        int perDigit = Integer.getInteger("adder.writer.perDigit", 5);
        int kept = 0;
        int misread = 0;
        for (int round = 0; round < perDigit; round++) {
            for (int digit = 0; digit < 10; digit++) {
                double pen = writer.penWidth();
                robot.interact(() -> model.setPenWidth(pen));
                for (double[][] stroke : writer.draw(digit)) {
                    CanvasPen.drag(robot, stroke);
                }
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> !model.busyProperty().get() && model.displayProperty().get() != null);
                misread += model.displayProperty().get().digit().equals(Integer.toString(digit)) ? 0 : 1;
                robot.clickOn("#correct-" + digit);
                int expected = ++kept;
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> examples.totalProperty().get() >= expected);
            }
        }
        System.out.printf("Kept %d drawings in %s; the active model misread %d of them%n", kept,
                System.getProperty("adder.writer.out"), misread);
    }
}
