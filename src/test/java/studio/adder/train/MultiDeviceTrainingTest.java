package studio.adder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.engine.EngineChoice;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelFolder;

/**
 * Training on several devices goes through DJL: the trainer gets the devices, {@code
 * EasyTrain.trainBatch} splits each batch across them ({@code Batch.split}), DJL's parameter store
 * adds up their gradients, and the optimiser rescales the sum by 1/devices.
 *
 * <p>Without a GPU here, MXNet's cpu(1) context stands in for a second device, which exercises
 * the whole path (trainer, split, parameter store, checkpoint). It cannot check the loss
 * trajectory against one device: DJL 0.36 folds every CPU context into one {@code Device}
 * ({@code Device.of("cpu", 1)} is the CPU, and arrays on MXNet's cpu(1) report the CPU), so both
 * halves of a batch reach the cpu(0) copy of the parameters. Measured: over 8 SGD steps the
 * two-context run's probe loss fell 0.42x as far as one device's. On distinct GPUs the devices
 * stay apart; the README's GPU smoke command is where that trajectory is compared.
 */
class MultiDeviceTrainingTest {

    @Test
    void aTrainerWithTwoDevicesSplitsEachBatchAndARunOnThemCompletes(@TempDir Path out) {
        EngineSetup.start();
        assumeTrue(EngineSetup.engine() == EngineChoice.MXNET, "separate CPU contexts are an MXNet feature");
        Device[] devices = {Device.cpu(), secondCpuContext()};
        TrainingConfig config = TrainingConfig.builder(ArchitectureId.SEED).optEpochs(1).optBatchSize(64)
                .optTrainingLimit(256).optAugment(false).build();

        try (TrainingSetup setup = TrainingSetup.open(config, TestData.train(), devices)) {
            Trainer trainer = setup.trainer();
            assertEquals(List.of(devices), List.of(trainer.getDevices()));
            try (Batch batch = setup.batches().iterator().next()) {
                Batch[] halves = batch.split(trainer.getDevices(), false);
                assertEquals(2, halves.length);
                assertEquals(32, halves[0].getSize());
                assertEquals(32, halves[1].getData().head().getShape().get(0));
                for (Batch half : halves) {
                    half.close();
                }
            }
        }

        TrainingRun run = new TrainingRun(config, TestData.train(), TestData.test(), out, devices,
                EngineSetup.describe(devices), 1, new RunControl());
        RunOutcome outcome = run.run(new RunListener() {});
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        try (LoadedModel loaded = ModelFolder.load(out, Device.cpu())) {
            assertEquals(1000, TestSets.evaluate(loaded, TestData.test(), 0).evaluated());
        }
    }

    /**
     * MXNet's cpu(1) context. DJL's {@code Device.of} folds every CPU id into one device (one
     * CPU is all DJL expects), so the test builds the second context itself.
     */
    private static Device secondCpuContext() {
        try {
            Constructor<Device> constructor = Device.class.getDeclaredConstructor(String.class, int.class);
            constructor.setAccessible(true);
            return constructor.newInstance(Device.Type.CPU, 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DJL's Device changed: " + e, e);
        }
    }
}
