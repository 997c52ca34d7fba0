package studio.adder.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.data.MnistFolder;
import studio.adder.ui.AppContext;
import studio.adder.ui.train.TrainState;
import studio.adder.ui.train.TrainTab;

/**
 * A paused training run waits on the engine thread; the drawing tab must still get its
 * predictions (and the run must stay paused while serving them).
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class PausedRunFxTest {

    private DrawTab draw;
    private TrainTab train;

    @Start
    void start(Stage stage) throws Exception {
        AppContext context = TestEngine.context();
        draw = new DrawTab(context);
        train = new TrainTab(context, new MnistFolder(Path.of("src/test/resources/mnist-slice")),
                Path.of("target/test-home/paused-models-" + ProcessHandle.current().pid()));
        // Only the drawing tab is on screen; the training tab is driven through its model.
        // The size other FX tests use: the stage keeps it for the next class's scene.
        stage.setScene(new Scene((Parent) draw.view(), 1200, 800));
        stage.show();
    }

    @Test
    void drawingWhileARunIsPausedStillPredicts(FxRobot robot) throws Exception {
        DrawViewModel drawing = draw.viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drawing.activeModel().activeProperty().get() != null);
        robot.interact(() -> {
            train.model().form().epochsProperty().set("1");
            train.model().form().batchSizeProperty().set("16");
            train.model().form().trainingLimitProperty().set("2000");
        });
        robot.interact(train.model()::start);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> train.model().progress().fractionProperty().get() > 0);
        robot.interact(train.model()::togglePause);
        assertEquals(TrainState.PAUSED, train.model().stateProperty().get());

        // Two drawings one after the other: by the second, the loop is surely parked in its pause.
        for (double x : new double[] {0.5, 0.45}) {
            robot.interact(drawing::clear);
            drawLine(robot, x);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !drawing.busyProperty().get() && drawing.displayProperty().get() != null);
        }
        robot.interact(train.model()::drainUpdates);
        String positionWhilePaused = train.model().progress().positionProperty().get();
        robot.interact(drawing::clear);
        drawLine(robot, 0.55);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !drawing.busyProperty().get() && drawing.displayProperty().get() != null);
        robot.interact(train.model()::drainUpdates);
        assertNotNull(drawing.predictionProperty().get());
        assertEquals(positionWhilePaused, train.model().progress().positionProperty().get(), "the run stayed paused");
        assertEquals(TrainState.PAUSED, train.model().stateProperty().get());

        robot.interact(train.model()::stop);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> train.model().stateProperty().get() == TrainState.FINISHED);
    }

    @AfterEach
    void neverLeaveARunParkedOnTheSharedEngineThread(FxRobot robot) {
        robot.interact(train.model()::stop);
    }

    /** A vertical stroke (a "1") at {@code x}, a fraction of the canvas width. */
    private static void drawLine(FxRobot robot, double x) {
        Node canvasNode = robot.lookup("#canvas").query();
        Bounds canvas = canvasNode.localToScreen(canvasNode.getBoundsInLocal());
        double side = Math.min(canvas.getWidth(), canvas.getHeight());
        double left = canvas.getMinX() + (canvas.getWidth() - side) / 2;
        double top = canvas.getMinY() + (canvas.getHeight() - side) / 2;
        robot.moveTo(new Point2D(left + x * side, top + 0.2 * side));
        robot.press(MouseButton.PRIMARY);
        for (double y = 0.3; y <= 0.81; y += 0.1) {
            robot.moveTo(new Point2D(left + x * side, top + y * side));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
