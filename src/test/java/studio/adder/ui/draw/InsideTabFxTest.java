package studio.adder.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.explain.Explanation;
import studio.adder.explain.Head;
import studio.adder.ui.MainWindow;
import studio.adder.ui.inside.InsideViewModel;

/** The Inside tab in a real window over the real engine: it looks inside what the Draw tab has just answered. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class InsideTabFxTest {

    private MainWindow window;
    private DrawViewModel draw;
    private InsideViewModel inside;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(TestEngine.context(), TestEngine.freshPreferences("inside"));
        window.show(stage);
        draw = window.drawTab().viewModel();
        inside = window.insideTab().viewModel();
    }

    @BeforeEach
    void waitForTheShippedModel() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> draw.activeModel().activeProperty().get() != null);
    }

    private static final double[][] SEVEN = {{0.25, 0.2}, {0.5, 0.2}, {0.75, 0.2}, {0.6, 0.5}, {0.45, 0.85}};

    @Test
    void theInsideTabExplainsTheDrawingAndItsTilesOpenTheirKernels(FxRobot robot) throws Exception {
        robot.interact(() -> draw.setNumber(2));
        CanvasPen.drag(robot, SEVEN);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> draw.predictionProperty().get() != null
                && !draw.busyProperty().get());
        // Hidden, the tab costs the Draw tab nothing: no explanation was made yet.
        assertEquals(null, inside.explanationProperty().get());
        selectTab(robot, 3);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> inside.saliencyProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Explanation explanation = inside.explanationProperty().get();
        assertEquals(7, explanation.prediction().digit());
        assertEquals(Head.DIGIT, inside.saliencyProperty().get().head());
        assertTrue(inside.saliencyProperty().get().hasMass());
        assertNotNull(robot.lookup("#layer-0").query());

        Node firstLayer = robot.lookup("#layer-2").query();
        Bounds bounds = firstLayer.localToScreen(firstLayer.getBoundsInLocal());
        // The second tile of the first ReLU layer: tiles are 56 pixels with a gap of 2.
        robot.clickOn(new Point2D(bounds.getMinX() + 58 + 20, bounds.getMinY() + 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new InsideViewModel.ChannelChoice(2, 1), inside.channelProperty().get());
        String detail = robot.lookup("#channel-detail .label").queryLabeled().getText();
        assertTrue(detail.startsWith("relu 1, channel 2 of 16"), detail);

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Head> head = (ChoiceBox<Head>) robot.lookup("#inside-head").query();
            head.getSelectionModel().select(Head.SUM);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> inside.saliencyProperty().get().head() == Head.SUM);
        assertEquals(9, inside.saliencyProperty().get().target());
    }

    @Test
    void drawingOnTheInsideTabsPadAnswersAndExplainsInTheSameTurn(FxRobot robot) throws Exception {
        selectTab(robot, 3);
        List<Boolean> explainedWithAnswer = new CopyOnWriteArrayList<>();
        robot.interact(() -> draw.predictionProperty().addListener((o, old, now) -> {
            Explanation shown = inside.explanationProperty().get();
            explainedWithAnswer.add(now != null && shown != null && shown.saliency() != null
                    && Arrays.equals(shown.input(), now.input().pixels()) && shown.number() == now.input().number());
        }));
        CanvasPen.drag(robot, "#pad-canvas", SEVEN);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> inside.saliencyProperty().get() != null
                && !draw.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, draw.strokes().size(), "the pad draws the Draw tab's drawing");
        assertEquals(7, inside.explanationProperty().get().prediction().digit());
        assertTrue(explainedWithAnswer.get(explainedWithAnswer.size() - 1),
                "the explanation, saliency included, is there when the answer is: " + explainedWithAnswer);

        // A known start: the spinner stops at 9, and the session's first number is rolled.
        robot.interact(() -> draw.setNumber(4));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !draw.busyProperty().get()
                && inside.explanationProperty().get().number() == 4);
        robot.clickOn("#pad-number .increment-arrow-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !draw.busyProperty().get()
                && inside.explanationProperty().get().number() == 5);
        assertTrue(explainedWithAnswer.get(explainedWithAnswer.size() - 1), "and again for the new number");

        robot.clickOn("#pad-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(draw.emptyProperty().get());
        assertNull(inside.explanationProperty().get());
    }

    @Test
    void withoutTheFullTestSetTheMapSaysHowToFetchIt(FxRobot robot) throws Exception {
        selectTab(robot, 3);
        robot.clickOn("#compute-map");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !inside.map().busyProperty().get());
        String text = inside.map().textProperty().get();
        if (inside.map().mapProperty().get() == null) {
            assertTrue(text.contains("Fetch"), text);
        } else {
            assertFalse(text.isEmpty());
            assertEquals(10_000, inside.map().mapProperty().get().size());
        }
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
