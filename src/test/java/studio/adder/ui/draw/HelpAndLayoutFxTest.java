package studio.adder.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.ui.MainWindow;

/**
 * The first look at the default window size (1180 x 780): both heads' answers without scrolling,
 * the status bar's texts one hover away, and the Help menu's two windows.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class HelpAndLayoutFxTest {

    private DrawViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        MainWindow window = new MainWindow(TestEngine.context(), TestEngine.freshPreferences("help"));
        window.show(stage);
        model = window.drawTab().viewModel();
    }

    @BeforeEach
    void waitForTheShippedModel() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.activeModel().activeProperty().get() != null);
    }

    @Test
    void bothHeadsBarsAndTheSumLabelsShowWithoutScrolling(FxRobot robot) throws Exception {
        CanvasPen.drag(robot, new double[][] {{0.5, 0.15}, {0.5, 0.5}, {0.5, 0.85}});
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.displayProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Node sumBars = robot.lookup("#sum-bars").query();
        Node status = robot.lookup("#status").query();
        assertEquals(780, sumBars.getScene().getHeight(), 1, "the default window");
        Bounds bars = sumBars.localToScene(sumBars.getBoundsInLocal());
        Bounds bar = status.localToScene(status.getBoundsInLocal());
        assertTrue(bars.getMaxY() <= bar.getMinY(), "the sum bars end above the status bar: " + bars + " " + bar);
        ScrollPane answers = (ScrollPane) ancestor(sumBars, ScrollPane.class);
        assertTrue(answers.getContent().getBoundsInLocal().getHeight() <= answers.getViewportBounds().getHeight() + 0.5,
                "the answers need no scrolling: content " + answers.getContent().getBoundsInLocal().getHeight()
                        + " in a viewport of " + answers.getViewportBounds().getHeight());
        for (Node label : robot.from(sumBars).lookup(".probability-label").queryAll()) {
            Bounds shown = label.localToScene(label.getBoundsInLocal());
            assertTrue(shown.getMaxY() <= bar.getMinY() && !((Labeled) label).getText().isEmpty(), "label " + shown);
        }
        assertEquals(19, robot.from(sumBars).lookup(".probability-label").queryAll().size());
    }

    @Test
    void theStatusBarsTooltipHoldsEveryTextInFull(FxRobot robot) throws Exception {
        CanvasPen.drag(robot, new double[][] {{0.5, 0.15}, {0.5, 0.5}, {0.5, 0.85}});
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.latencyTextProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String tooltip = ((StatusBar) robot.lookup("#status").query()).getTooltip().getText();
        assertTrue(tooltip.contains(model.activeModel().modelTextProperty().get()), tooltip);
        assertTrue(tooltip.contains(model.activeModel().engineTextProperty().get()), tooltip);
        assertTrue(tooltip.contains(model.latencyTextProperty().get()), tooltip);
        assertEquals(DrawView.withoutReasons("MXNet 1.9.0 · CPU (no NVIDIA GPU found on this machine) · 2 threads"),
                "MXNet 1.9.0 · CPU · 2 threads");
    }

    @Test
    void aboutNamesTheVersionTheEngineAndEveryLibrarysLicence(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About Adder Studio");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#about-engine").queryLabeled().getText().equals("…"));
        assertEquals(model.activeModel().engineTextProperty().get(), robot.lookup("#about-engine").queryLabeled().getText());
        assertTrue(robot.lookup("#about-version").queryLabeled().getText().matches("\\d+\\.\\d+\\.\\d+.*"));
        assertTrue(!robot.lookup("#about-natives").queryLabeled().getText().isBlank());
        TableView<?> libraries = robot.lookup("#libraries").queryAs(TableView.class);
        assertTrue(libraries.getItems().size() >= 15, "libraries: " + libraries.getItems());
        robot.clickOn("Close");
    }

    @Test
    void f1OpensTheTour(FxRobot robot) {
        robot.clickOn("#canvas");
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node tour = robot.lookup("#getting-started-window").query();
        assertTrue(robot.from(tour).lookup((Labeled label) -> label.getText().startsWith("1. Draw")).tryQuery().isPresent());
        assertTrue(robot.from(tour).lookup((Labeled label) -> label.getText().startsWith("4. Export")).tryQuery().isPresent());
        robot.clickOn("Close");
    }

    private static Node ancestor(Node node, Class<?> type) {
        Node current = node.getParent();
        while (current != null && !type.isInstance(current)) {
            current = current.getParent();
        }
        return current;
    }
}
