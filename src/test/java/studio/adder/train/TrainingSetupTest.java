package studio.adder.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.training.EasyTrain;
import ai.djl.training.dataset.Batch;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.tracker.Tracker;
import java.util.Arrays;
import java.util.Iterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.data.AdderDataset;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;

/** The one set-up of model, trainer, schedule and data set that train runs and the benchmarks share. */
class TrainingSetupTest {

    @BeforeAll
    static void startEngine() {
        EngineSetup.start();
    }

    private static TrainingConfig small(long seed) {
        return TrainingConfig.builder(ArchitectureId.COMPACT).optEpochs(2).optBatchSize(64).optTrainingLimit(300)
                .optSeed(seed).build();
    }

    @Test
    void theDataSetAndScheduleAreTheTrainRunsOnes() {
        TrainingConfig config = small(3);
        try (TrainingSetup setup = TrainingSetup.open(config, TestData.train(), Device.cpu())) {
            assertEquals(300, setup.trainSet().size(), "the config's limit picks the first images");
            assertEquals(300, setup.imagesPerEpoch());
            assertEquals(5, setup.batchesPerEpoch(), "300 images in batches of 64, the last one short");
            assertTrue(setup.baseCard().isEmpty());

            AdderDataset run = TrainingSets.of(config, TestData.train(), null, 0).dataset();
            setup.trainSet().nextEpoch();
            run.nextEpoch();
            for (int i = 0; i < 300; i++) {
                assertEquals(run.number(i), setup.trainSet().number(i), "the run's seeded numbers, sample " + i);
            }

            // The schedule spans both epochs' updates, as the training loop counts them.
            Tracker expected = LearningRateSchedules.create(config.schedule(), config.learningRate(), 10);
            for (int update = 0; update <= 10; update++) {
                assertEquals(expected.getNewValue(update), setup.schedule().getNewValue(update), 1e-9,
                        "update " + update);
            }
        }
    }

    @Test
    void theSameSeedStartsFromTheSameParameters() {
        float[] first = firstParameter(small(7));
        assertArrayEquals(first, firstParameter(small(7)));
        assertFalse(Arrays.equals(first, firstParameter(small(8))), "another seed, other parameters");
    }

    @Test
    void itsBatchesTrainAndClosingFreesTheModel() {
        Model model;
        try (TrainingSetup setup = TrainingSetup.open(small(1), TestData.train(), Device.cpu())) {
            model = setup.model();
            assertSame(model, setup.trainer().getModel());
            Iterator<Batch> batches = setup.batches().iterator();
            try (Batch batch = batches.next()) {
                assertEquals(64, batch.getSize());
                EasyTrain.trainBatch(setup.trainer(), batch);
                setup.trainer().step();
            }
            HeadMetrics metrics = TrainerFactory.metrics(setup.trainer(), EvaluatorTrainingListener.TRAIN_ALL);
            assertTrue(Double.isFinite(metrics.digitLoss()) && metrics.digitLoss() > 0, "loss " + metrics.digitLoss());
            assertNotEquals(0, setup.schedule().getNewValue(0));
            assertTrue(model.getNDManager().isOpen());
        }
        assertFalse(model.getNDManager().isOpen(), "closing the set-up closes its model");
    }

    @Test
    void noDeviceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TrainingSetup.open(small(1), TestData.train(), new Device[0]));
    }

    private static float[] firstParameter(TrainingConfig config) {
        try (TrainingSetup setup = TrainingSetup.open(config, TestData.train(), Device.cpu())) {
            // A weight, not a bias: biases start at zero whatever the seed.
            return setup.model().getBlock().getParameters().stream()
                    .filter(parameter -> parameter.getKey().endsWith("weight"))
                    .findFirst().orElseThrow().getValue().getArray().toFloatArray();
        }
    }
}
