package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.data.MnistFolder;
import studio.adder.model.ArchitectureId;
import studio.adder.predict.PredictionService;
import studio.adder.train.OptimizerKind;
import studio.adder.train.RunListener;
import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;
import studio.adder.train.SettingsProblem;
import studio.adder.train.TrainingService;
import studio.adder.ui.AppContext;
import studio.adder.ui.common.ImmediateRunner;

/** The view model without a Stage: records fed by hand, runs completed by hand. */
class TrainViewModelTest {

    static final MnistFolder SLICE = new MnistFolder(Path.of("src/test/resources/mnist-slice"));
    private static PredictionService predictions;

    @TempDir
    Path models;
    private ManualRunner runner;
    private TrainViewModel model;
    private final List<RunRequest> launched = new ArrayList<>();

    @BeforeAll
    static void startEngine() {
        predictions = new PredictionService();
    }

    @BeforeEach
    void createModel() {
        runner = new ManualRunner();
        model = new TrainViewModel(new AppContext(runner, ImmediateRunner::new, predictions, new TrainingService()), SLICE,
                models, request -> {
                    launched.add(request); // the test reports the run's records and ends it by hand
                    return null;
                });
        runner.pending.clear(); // the engine summary, engine and device requests
    }

    @Test
    void everyReportedDeviceIsOfferedAndAUsableOneIsChosen() throws Exception {
        model = new TrainViewModel(new AppContext(runner, ImmediateRunner::new, predictions, new TrainingService()), SLICE, models);
        for (ManualRunner.Pending work : List.copyOf(runner.pending)) {
            work.onSuccess().accept(work.work().call()); // the engine summary and the device list
        }
        assertFalse(model.deviceChoice().devices().isEmpty());
        assertTrue(model.deviceChoice().devices().stream().anyMatch(d -> d.id().equals("cpu") && d.usable()));
        assertTrue(model.deviceChoice().selectedProperty().get().usable());
        model.deviceChoice().devices().stream().filter(d -> !d.usable())
                .forEach(d -> assertFalse(d.note().isEmpty(), d.label() + " says why it is unavailable"));
    }

    @Test
    void recordsBecomeChartPointsForBothHeadsAfterOneDrain() throws Exception {
        RunListener recorder = startRun().listener();
        recorder.onStart(TrainRecords.info(4));
        for (int batch = 1; batch <= 4; batch++) {
            recorder.onBatch(TrainRecords.batch(1, batch, 4, 2.0 / batch, 3.0 / batch));
        }
        recorder.onEpoch(TrainRecords.epoch(1, models));
        assertTrue(model.charts().frameProperty().get().lossCurve(CurveKind.DIGIT_TRAIN).isEmpty(),
                "nothing is shown before the pump drains");

        model.drainUpdates();

        ChartFrame frame = model.charts().frameProperty().get();
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), frame.lossCurve(CurveKind.DIGIT_RAW).stream().map(CurvePoint::x).toList());
        assertEquals(3.0, frame.lossCurve(CurveKind.SUM_RAW).get(0).y(), 1e-9);
        assertEquals(4, frame.lossCurve(CurveKind.DIGIT_TRAIN).size());
        assertEquals(4, frame.accuracyCurve(CurveKind.SUM_TRAIN).size());
        assertEquals(25.0, frame.accuracyCurve(CurveKind.SUM_TRAIN).get(3).y(), 1e-9, "accuracy in percent");
        assertEquals(new CurvePoint(4, 0.3), frame.lossCurve(CurveKind.DIGIT_TEST).get(0));
        assertEquals(new CurvePoint(4, 80), frame.accuracyCurve(CurveKind.SUM_TEST).get(0));
        assertEquals(0.5, model.progress().fractionProperty().get(), 1e-9, "4 of 8 batches");
        assertEquals("Epoch 1 of 2 · batch 4 of 4", model.progress().positionProperty().get());
        assertEquals(4, model.epochDetails().confusionProperty().get().count(3, 5));
        assertEquals(1, model.epochDetails().mistakes().size());
        assertEquals(models, model.lastCheckpointProperty().get());

        model.charts().xAxisProperty().set(XAxisMode.EPOCH);
        assertEquals(1.0, model.charts().frameProperty().get().lossCurve(CurveKind.DIGIT_TEST).get(0).x(), 1e-9);
    }

    @Test
    void completedRunFillsTheProgressBarAndCanBeCompared() throws Exception {
        RunRequest run = startRun();
        run.listener().onStart(TrainRecords.info(2));
        run.listener().onBatch(TrainRecords.batch(1, 1, 2, 1, 1));
        runner.completeLatest(new RunOutcome(RunOutcome.Status.COMPLETED, "Training finished: 2 epochs.", models, null));

        assertEquals(TrainState.FINISHED, model.stateProperty().get());
        assertEquals(1.0, model.progress().fractionProperty().get());
        assertTrue(model.canStartProperty().get());
        assertEquals(1, model.charts().frameProperty().get().lossCurve(CurveKind.DIGIT_TRAIN).size());

        model.charts().comparedRunProperty().set(model.runs().get(0));
        run = startRun();
        assertEquals(2, model.runs().size());
        assertEquals(1, model.charts().frameProperty().get().lossCurve(CurveKind.DIGIT_COMPARED).size(),
                "the new run is empty, the compared one is overlaid");

        Path csv = models.resolve("metrics.csv");
        run.listener().onBatch(TrainRecords.batch(1, 1, 2, 1, 1));
        model.drainUpdates();
        model.exportMetrics(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("2,train,1,1,1,"), lines.get(1));
    }

    @Test
    void stopMidRunEndsAfterTheBatchAndResetsProgress() throws Exception {
        RunRequest run = startRun();
        run.listener().onStart(TrainRecords.info(10));
        run.listener().onBatch(TrainRecords.batch(1, 3, 10, 1, 1));
        model.drainUpdates();
        assertEquals(TrainState.RUNNING, model.stateProperty().get());

        model.togglePause();
        assertEquals(TrainState.PAUSED, model.stateProperty().get());
        assertTrue(run.control().isPaused());
        model.stop();

        assertEquals(TrainState.STOPPING, model.stateProperty().get());
        assertTrue(run.control().isStopRequested());
        assertFalse(model.canStartProperty().get(), "no second run while the first is stopping");
        runner.completeLatest(new RunOutcome(RunOutcome.Status.STOPPED,
                "Training stopped. No epoch had finished, so no checkpoint was written.", null, null));

        assertEquals(TrainState.FINISHED, model.stateProperty().get());
        assertEquals(0.0, model.progress().fractionProperty().get());
        assertNull(model.lastCheckpointProperty().get());
        assertTrue(model.canStartProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Training stopped"));
    }

    /** Starts a run and lets the engine begin it: the launcher keeps its request, the run stays in progress. */
    private RunRequest startRun() throws Exception {
        model.start();
        runner.callLatest();
        return launched.get(launched.size() - 1);
    }

    @Test
    void validationBlocksABadLearningRate() {
        assertTrue(model.canStartProperty().get());
        model.form().learningRateProperty().set("fast");
        assertFalse(model.canStartProperty().get());
        assertTrue(model.form().problemsProperty().get().contains("Learning rate must be a number"));
        assertTrue(model.form().problemOf(SettingsProblem.Field.LEARNING_RATE).isPresent());

        model.form().learningRateProperty().set("0");
        assertFalse(model.canStartProperty().get());
        assertTrue(model.form().problemsProperty().get().contains("Learning rate must be above 0"));
        model.start();
        assertTrue(runner.pending.isEmpty(), "start does nothing while the form is invalid");

        model.form().learningRateProperty().set("0.001");
        assertTrue(model.canStartProperty().get());
        assertEquals(0.001f, model.form().toConfig().learningRate());
    }

    @Test
    void presetsLoadTheSeedNotebookAndTheDefaults() {
        model.form().seedNotebookSettings();
        assertEquals(ArchitectureId.SEED, model.form().architectureProperty().get());
        assertEquals(OptimizerKind.SGD, model.form().optimizerProperty().get());
        assertEquals("0.01", model.form().learningRateProperty().get());
        assertEquals("256", model.form().batchSizeProperty().get());
        model.form().resetToDefaults();
        assertEquals(ArchitectureId.COMPACT, model.form().architectureProperty().get());
    }

    @Test
    void nanLossShowsTheDivergenceMessage() throws Exception {
        RunRequest run = startRun();
        run.listener().onStart(TrainRecords.info(10));
        run.listener().onBatch(TrainRecords.batch(1, 1, 10, Double.NaN, Double.NaN));
        runner.completeLatest(new RunOutcome(RunOutcome.Status.DIVERGED,
                "Training diverged at epoch 1, batch 2: the loss became NaN. Lower the learning rate.", null, null));

        assertEquals(TrainState.FAILED, model.stateProperty().get());
        assertTrue(model.messageIsProblemProperty().get());
        assertTrue(model.messageProperty().get().contains("loss became NaN"));
        assertEquals(0.0, model.progress().fractionProperty().get());
    }

    @Test
    void missingMnistBlocksStartAndSaysWhatIsMissing() {
        model.data().choose(new MnistFolder(models.resolve("empty")));
        assertFalse(model.data().readyProperty().get());
        assertFalse(model.canStartProperty().get());
        assertTrue(model.data().messageProperty().get().contains("missing"));
        model.data().choose(SLICE);
        assertTrue(model.canStartProperty().get());
        assertNotNull(model.data().folderProperty().get());
    }
}
