package studio.adder.ui.draw;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Draws on a drawing canvas with the robot's mouse, as a user's hand would. */
final class CanvasPen {

    private CanvasPen() {}

    /** Drags the pen through points given as fractions of the canvas's largest centred square. */
    static void drag(FxRobot robot, double[][] path) {
        drag(robot, "#canvas", path);
    }

    /** The same on the canvas {@code query} finds, such as the Inside tab's pad ({@code #pad-canvas}). */
    static void drag(FxRobot robot, String query, double[][] path) {
        Bounds canvas = robot.lookup(query).query().localToScreen(robot.lookup(query).query().getBoundsInLocal());
        double side = Math.min(canvas.getWidth(), canvas.getHeight());
        double left = canvas.getMinX() + (canvas.getWidth() - side) / 2;
        double top = canvas.getMinY() + (canvas.getHeight() - side) / 2;
        robot.moveTo(new Point2D(left + path[0][0] * side, top + path[0][1] * side));
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i < path.length; i++) {
            robot.moveTo(new Point2D(left + path[i][0] * side, top + path[i][1] * side));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
