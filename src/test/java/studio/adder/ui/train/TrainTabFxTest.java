package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.data.MnistFolder;
import studio.adder.engine.EngineThread;
import studio.adder.predict.PredictionService;
import studio.adder.train.TrainingService;
import studio.adder.ui.AppContext;
import studio.adder.ui.common.EngineRunner;

/** Real tiny training runs driven from the tab, on the committed MNIST slice. */
@ExtendWith(ApplicationExtension.class)
class TrainTabFxTest {

    // One engine thread for the whole class, as in the app: MXNet keeps per-thread state.
    private static EngineThread engine;
    private static PredictionService predictions;
    private TrainTab tab;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        if (engine == null) {
            engine = new EngineThread();
            predictions = engine.submit(PredictionService::new).get();
        }
        context = new AppContext(new EngineRunner(engine), predictions, new TrainingService());
        tab = new TrainTab(context, new MnistFolder(Path.of("src/test/resources/mnist-slice")),
                Path.of("target/test-home/fx-models"));
        stage.setScene(new Scene((Parent) tab.view(), 1200, 800));
        // The stage is shared with earlier test classes: take this scene's size and place, not theirs.
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.show();
    }

    @Test
    void beforeAnyRunTheLossChartSpansARangeTheLossesFitAndTheMatrixIsEmpty(FxRobot robot) {
        TrainView view = (TrainView) tab.view();
        WaitForAsyncUtils.waitForFxEvents();
        NumberAxis loss = (NumberAxis) view.lossChart.chart().getYAxis();
        assertEquals(0, loss.getLowerBound());
        assertEquals(3, loss.getUpperBound(), "a fresh run's losses start near 2.3 (digit) and 2.9 (sum)");
        assertTrue(robot.from(view.confusion).lookup(".confusion-cell .label").queryAll().stream()
                .allMatch(label -> ((Label) label).getText().isEmpty()));
    }

    @Test
    void tinyRunFillsBothChartsForBothHeadsAndItsModelCanBeUsed(FxRobot robot) throws Exception {
        TrainView view = (TrainView) tab.view();
        robot.interact(() -> {
            view.settings.epochs.setText("1");
            view.settings.batchSize.setText("128");
            view.settings.trainingLimit.setText("1024");
        });
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> tab.model().stateProperty().get() == TrainState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1.0, view.status.getProgress(), "progress reached 100%: " + tab.model().messageProperty().get());
        assertTrue(view.finalFigures.isVisible(), "the run's final figures are shown");
        assertTrue(view.finalFigures.getText().matches("Test after epoch 1 of 1: digit \\d+\\.\\d\\d %, sum \\d+\\.\\d\\d %.*best.*"),
                view.finalFigures.getText());
        for (MetricChart chart : new MetricChart[] {view.lossChart, view.accuracyChart}) {
            for (CurveKind kind : new CurveKind[] {CurveKind.DIGIT_TRAIN, CurveKind.SUM_TRAIN}) {
                assertEquals(8, seriesSize(chart, kind), kind + ": 1,024 images in batches of 128");
            }
            for (CurveKind kind : new CurveKind[] {CurveKind.DIGIT_TEST, CurveKind.SUM_TEST}) {
                assertEquals(1, seriesSize(chart, kind), kind + ": one test point per epoch");
            }
        }
        assertFalse(robot.from(view.mistakes).lookup(".mistake-tile").queryAll().isEmpty(),
                "a model trained on 1,024 images gets some test images wrong, and the gallery shows them");
        assertTrue(robot.from(view.confusion).lookup(".confusion-cell").queryAll().size() == 100);

        robot.clickOn("#use-model");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.activeModel().trainedThisSession().size() == 1);
        assertEquals(1, context.activeModel().trainedThisSession().get(0).epochs());
    }

    @Test
    void startPauseAndStopStayInViewWithoutScrolling(FxRobot robot) throws Exception {
        // A first start: no MNIST yet, so the data banner takes room above the settings too.
        // In a window of its own, so the other tests keep theirs at full size.
        Path noData = Files.createTempDirectory("no-mnist");
        Stage window = WaitForAsyncUtils.asyncFx(() -> {
            TrainTab firstStart = new TrainTab(context, new MnistFolder(noData), noData.resolve("models"));
            Stage stage = new Stage();
            stage.setScene(new Scene((Parent) firstStart.view(), 1180, 710));
            stage.show();
            return stage;
        }).get(10, TimeUnit.SECONDS);
        try {
            TrainView view = (TrainView) window.getScene().getRoot();
            assertTrue(view.dataBanner.isVisible());
            // 1180 x 780 is the window's default size; menus and tabs take about 70 px of it. Then smaller.
            for (double[] size : new double[][] {{1180, 710}, {1024, 560}}) {
                robot.interact(() -> {
                    window.setWidth(size[0]);
                    window.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                for (Button button : new Button[] {view.start, view.pause, view.stop}) {
                    Bounds bounds = button.localToScene(button.getBoundsInLocal());
                    assertTrue(bounds.getMinY() >= 0 && bounds.getMaxY() <= window.getScene().getHeight(),
                            button.getText() + " at " + bounds + " in a scene " + window.getScene().getHeight() + " high");
                }
            }
        } finally {
            robot.interact(window::close);
        }
    }

    @Test
    void stoppingMidEpochLeavesAConsistentState(FxRobot robot) throws Exception {
        TrainView view = (TrainView) tab.view();
        robot.interact(() -> {
            view.settings.epochs.setText("2");
            view.settings.batchSize.setText("16");
            view.settings.trainingLimit.setText("2000");
        });
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> tab.model().progress().fractionProperty().get() > 0);
        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.model().stateProperty().get() == TrainState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();

        TrainViewModel model = tab.model();
        assertTrue(model.messageProperty().get().startsWith("Training stopped"), model.messageProperty().get());
        assertEquals(0.0, view.status.getProgress());
        assertTrue(model.runs().get(0).batchCount() < 250, "stopped before the end of the run");
        assertFalse(((Button) robot.lookup("#start").query()).isDisabled());
        assertTrue(((Button) robot.lookup("#stop").query()).isDisabled());
        assertTrue(((Button) robot.lookup("#pause").query()).isDisabled());
        // Either no epoch finished (nothing to use) or the kept checkpoint is a complete epoch.
        boolean hasCheckpoint = model.lastCheckpointProperty().get() != null;
        assertEquals(!hasCheckpoint, ((Button) robot.lookup("#use-model").query()).isDisabled());
    }

    private static int seriesSize(MetricChart chart, CurveKind kind) {
        return chart.chart().getData().get(kind.ordinal()).getData().size();
    }
}
