package studio.adder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.adder.TestData;
import studio.adder.engine.DeviceOption;
import studio.adder.engine.Devices;
import studio.adder.engine.EngineChoice;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;

/**
 * The one entry point resolves device ids the way the tab and {@code train --device} pass them,
 * over a device list that offers two GPUs this machine does not have. MXNet's cpu(0) and cpu(1)
 * contexts stand in for them, so the run really goes through the multi-device trainer.
 */
class TrainingServiceDevicesTest {

    private static final String NO_GPU = "CPU (no usable GPU in this test)";

    private final List<String> asked = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"gpus", "gpu0,gpu1"})
    void twoGpusAreReachedThroughTheService(String ids, @TempDir Path out) {
        EngineSetup.start();
        assumeTrue(EngineSetup.engine() == EngineChoice.MXNET, "separate CPU contexts are an MXNet feature");
        List<DeviceOption> twoGpus = List.of(
                new DeviceOption("gpus", "All 2 GPUs", true, "each batch is split across the 2 GPUs"),
                new DeviceOption("gpu0", "GPU 0", true, ""),
                new DeviceOption("gpu1", "GPU 1", true, ""),
                new DeviceOption("cpu", "CPU", true, "2 threads"));
        AtomicReference<RunInfo> started = new AtomicReference<>();

        RunOutcome outcome = service(twoGpus).train(request(out, started).onDevices(ids));

        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        assertEquals(List.of("gpu0", "gpu1"), asked, "both GPUs' devices were built for the trainer");
        String engine = EngineSetup.start().engineName() + " " + EngineSetup.start().engineVersion();
        assertEquals(engine + " · GPU 0 + GPU 1 (each batch split across 2)", started.get().device());
    }

    @Test
    void withoutAUsableGpuTheDefaultIsTheCpuAndGpuIdsAreRefusedInWords(@TempDir Path out) {
        List<DeviceOption> brokenGpu = List.of(
                new DeviceOption("gpu0", "GPU 0", false, "failed a test computation (CUDA error 100)"),
                new DeviceOption("cpu", "CPU", true, "2 threads"));
        TrainingService service = service(brokenGpu);

        IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
                () -> service.train(request(out, new AtomicReference<>()).onDevices("gpus")));
        assertEquals("No usable GPU: " + NO_GPU + ".", all.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> service.train(request(out, new AtomicReference<>()).onDevices("gpu0,cpu")));
        assertEquals("GPU 0 cannot be used: failed a test computation (CUDA error 100).", one.getMessage());
        assertTrue(asked.isEmpty(), "nothing was built for a refused request");

        AtomicReference<RunInfo> started = new AtomicReference<>();
        RunOutcome outcome = service.train(request(out, started));
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        assertEquals(List.of("cpu"), asked);
        assertTrue(started.get().device().endsWith(" · " + NO_GPU), started.get().device());
    }

    private TrainingService service(List<DeviceOption> options) {
        return new TrainingService(() -> new Devices("MXNet", options, NO_GPU, this::standIn));
    }

    /** gpu0 and cpu are MXNet's cpu(0); gpu1 is its cpu(1) context. */
    private Device standIn(String id) {
        asked.add(id);
        return "gpu1".equals(id) ? secondCpuContext() : Device.cpu();
    }

    private static RunRequest request(Path out, AtomicReference<RunInfo> started) {
        TrainingConfig config = TrainingConfig.builder(ArchitectureId.SEED).optEpochs(1).optBatchSize(64)
                .optTrainingLimit(256).optAugment(false).build();
        RunListener listener = new RunListener() {
            @Override
            public void onStart(RunInfo info) {
                started.set(info);
            }
        };
        return RunRequest.of(config, TestData.train(), TestData.test(), out, listener, new RunControl());
    }

    /** As in {@link MultiDeviceTrainingTest}: DJL's {@code Device.of} folds every CPU id into one. */
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
