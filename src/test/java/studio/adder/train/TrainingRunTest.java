package studio.adder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelFolder;

class TrainingRunTest {

    @BeforeAll
    static void startEngine() {
        EngineSetup.start();
    }

    private static TrainingConfig tiny(ArchitectureId architecture, int images, int epochs) {
        return TrainingConfig.builder(architecture).optEpochs(epochs).optBatchSize(64).optTrainingLimit(images)
                .optSeed(1).build();
    }

    /** Records everything the loop reports. */
    private static class Recorder implements RunListener {
        final List<BatchProgress> batches = new ArrayList<>();
        final List<EpochResult> epochs = new ArrayList<>();
        RunInfo info;
        RunOutcome finish;

        @Override
        public void onStart(RunInfo runInfo) {
            info = runInfo;
        }

        @Override
        public void onBatch(BatchProgress progress) {
            batches.add(progress);
        }

        @Override
        public void onEpoch(EpochResult result) {
            epochs.add(result);
        }

        @Override
        public void onFinish(RunOutcome outcome) {
            finish = outcome;
        }
    }

    @Test
    void twoBatchesTrainEvaluateAndWriteALoadableCheckpoint(@TempDir Path out) {
        Recorder recorder = new Recorder();
        RunOutcome outcome = new TrainingService().train(RunRequest.of(tiny(ArchitectureId.COMPACT, 128, 1),
                TestData.train(), TestData.test(), out, recorder, new RunControl()));

        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        assertEquals(2, recorder.info.batchesPerEpoch());
        assertEquals(2, recorder.batches.size());
        assertEquals(1.0, recorder.batches.get(1).runFraction(), 1e-9);
        assertTrue(Double.isFinite(recorder.batches.get(0).batchMetrics().digitLoss()));
        assertEquals(1, recorder.epochs.size());
        Evaluation test = recorder.epochs.get(0).test();
        assertEquals(1000, test.evaluated(), "evaluation counts exactly the samples it scores");
        int confusionTotal = 0;
        for (int digit = 0; digit < 10; digit++) {
            confusionTotal += test.digitConfusion().rowTotal(digit);
        }
        assertEquals(1000, confusionTotal);
        assertSame(outcome, recorder.finish);
        try (LoadedModel loaded = ModelFolder.load(out, Device.cpu())) {
            assertEquals(1, loaded.card().epochsCompleted());
            assertEquals(test.metrics().digitAccuracy(), loaded.card().testFigure("digitAccuracy"), 1e-9);
        }
    }

    @Test
    void stoppingMidEpochKeepsTheLastCompleteCheckpoint(@TempDir Path out) throws Exception {
        RunControl control = new RunControl();
        Recorder recorder = new Recorder() {
            @Override
            public void onBatch(BatchProgress progress) {
                super.onBatch(progress);
                if (progress.epoch() == 2 && progress.batch() == 2) {
                    control.requestStop();
                }
            }
        };
        RunOutcome outcome = new TrainingService().train(RunRequest.of(tiny(ArchitectureId.COMPACT, 256, 3),
                TestData.train(), TestData.test(), out, recorder, control));

        assertEquals(RunOutcome.Status.STOPPED, outcome.status());
        assertTrue(outcome.message().contains("epoch 1"), outcome.message());
        assertEquals(1, recorder.epochs.size());
        assertEquals(4 + 2, recorder.batches.size(), "stopped right after the batch that asked");
        assertEquals(out, outcome.checkpoint().orElseThrow());
        try (LoadedModel loaded = ModelFolder.load(out, Device.cpu())) {
            assertEquals(1, loaded.card().epochsCompleted());
            assertFalse(loaded.card().complete(), "a checkpoint of a 3-epoch run after 1 epoch");
        }
        try (var files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("adder-0001.params", "model.json"), names, "no temporary files left");
        }
    }

    @Test
    void aRunStoppedBeforeItsFirstEpochSaysNoCheckpointExists(@TempDir Path out) {
        RunControl control = new RunControl();
        control.requestStop();
        RunOutcome outcome = new TrainingService().train(RunRequest.of(tiny(ArchitectureId.SEED, 256, 1),
                TestData.train(), TestData.test(), out, new Recorder(), control));
        assertEquals(RunOutcome.Status.STOPPED, outcome.status());
        assertTrue(outcome.checkpoint().isEmpty());
        assertTrue(outcome.message().contains("No epoch had finished"), outcome.message());
    }

    @Test
    void divergenceStopsTheRunWithAClearMessage(@TempDir Path out) {
        TrainingConfig explosive = tiny(ArchitectureId.SEED, 512, 1).toBuilder().optLearningRate(10f).build();
        Recorder recorder = new Recorder();
        RunOutcome outcome = new TrainingService().train(RunRequest.of(explosive, TestData.train(),
                TestData.test(), out, recorder, new RunControl()));
        assertEquals(RunOutcome.Status.DIVERGED, outcome.status(), outcome.message());
        assertTrue(outcome.message().contains("Lower the learning rate"), outcome.message());
        assertNotNull(recorder.finish);
    }

    @Test
    void nativeMemoryStaysFlatAcrossEpochs(@TempDir Path out) {
        TrainingRun run = new TrainingRun(tiny(ArchitectureId.COMPACT, 256, 4), TestData.train(), TestData.test(), out,
                Device.cpu(), "CPU", 1, new RunControl());
        RunOutcome outcome = run.run(new Recorder());
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        List<Integer> live = run.liveArraysAfterEachEpoch();
        assertEquals(4, live.size());
        assertTrue(live.get(0) > 0, "parameters are counted");
        assertEquals(List.of(live.get(0), live.get(0), live.get(0), live.get(0)), live,
                "arrays alive after each epoch: " + live);
    }

    @Test
    void badSettingsAreExplainedInWords() {
        TrainingConfig bad = TrainingConfig.builder(ArchitectureId.COMPACT).optEpochs(0).optOptimizer(null)
                .optLearningRate(-1f).optSchedule(null).optTrainingLimit(-5).build();
        List<SettingsProblem> problems = bad.problems();
        assertEquals(List.of(SettingsProblem.Field.EPOCHS, SettingsProblem.Field.OPTIMIZER,
                SettingsProblem.Field.LEARNING_RATE, SettingsProblem.Field.SCHEDULE,
                SettingsProblem.Field.TRAINING_LIMIT), problems.stream().map(SettingsProblem::field).toList());
        assertTrue(problems.get(2).message().startsWith("Learning rate"), problems.toString());
        assertTrue(TrainingConfig.defaultsFor(ArchitectureId.SEED).problems().isEmpty());
    }

    @Test
    void oneCycleWarmsUpThenAnneals() {
        var tracker = LearningRateSchedules.create(Schedule.ONE_CYCLE, 0.01f, 100);
        float start = tracker.getNewValue(1);
        float peak = tracker.getNewValue(26);
        float end = tracker.getNewValue(100);
        assertEquals(0.01f / 25, start, 1e-6);
        assertEquals(0.01f, peak, 1e-4);
        assertTrue(end < start, "ends below its start");
        assertEquals(0.01f, LearningRateSchedules.create(Schedule.CONSTANT, 0.01f, 100).getNewValue(77), 0);
    }

    @Test
    void cosineStartsAtThePeakAndFallsAlongHalfACosineToAThousandth() {
        var tracker = LearningRateSchedules.create(Schedule.COSINE, 0.01f, 100);
        double low = 0.01 / 1000;
        for (int update : new int[] {1, 26, 51, 76, 101}) {
            double progress = (update - 1) / 100.0;
            double expected = low + (0.01 - low) * (1 + Math.cos(Math.PI * progress)) / 2;
            assertEquals(expected, tracker.getNewValue(update), 1e-8, "update " + update);
        }
        assertEquals(low, tracker.getNewValue(500), 1e-9, "stays at its floor after the run");
    }
}
