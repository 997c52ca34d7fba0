package studio.adder.train;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import studio.adder.data.MnistData;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistSplit;
import studio.adder.engine.DeviceOption;
import studio.adder.engine.EngineChoice;
import studio.adder.engine.EngineOption;
import studio.adder.engine.EngineSettings;
import studio.adder.engine.EngineSetup;

/**
 * Starts training runs on the configured device without exposing engine types, so the UI can
 * use it. Call {@link #train} on the engine thread; it blocks until the run ends.
 */
public final class TrainingService {

    /** Loads MNIST from {@code data} and trains to the end, a stop, or divergence. */
    public RunOutcome train(TrainingConfig config, MnistFolder data, Path outputFolder,
            RunListener listener, RunControl control) {
        MnistData train = data.load(MnistSplit.TRAIN);
        MnistData test = data.load(MnistSplit.TEST);
        return train(config, train, test, outputFolder, listener, control);
    }

    /** Trains on data already in memory (tests and repeated runs) on the engine's devices: every usable GPU, else the CPU. */
    public RunOutcome train(TrainingConfig config, MnistData train, MnistData test, Path outputFolder,
            RunListener listener, RunControl control) {
        return train(config, train, test, outputFolder, listener, control, null);
    }

    /**
     * Trains on the devices with this id from {@link #devices()} ({@code cpu}, {@code gpu0},
     * {@code gpu0,gpu1}, {@code gpus}); null means every usable GPU, else the CPU.
     *
     * @throws IllegalArgumentException when a device cannot be used, saying why
     */
    public RunOutcome train(TrainingConfig config, MnistData train, MnistData test, Path outputFolder,
            RunListener listener, RunControl control, String deviceId) {
        EngineSetup.EngineInfo engine = EngineSetup.start();
        Device[] devices = deviceId == null ? EngineSetup.defaultTrainingDevices() : EngineSetup.devices(deviceId);
        TrainingRun run = new TrainingRun(config, train, test, outputFolder, devices,
                engineLabel(engine) + " · " + EngineSetup.describe(devices), engine.threads(), control);
        return run.run(listener);
    }

    /**
     * As {@link #train(TrainingConfig, MnistData, MnistData, Path, RunListener, RunControl, String)},
     * starting from a saved model and/or mixing the user's examples into every batch.
     */
    public RunOutcome train(TrainingConfig config, MnistData train, MnistData test, Path outputFolder,
            RunListener listener, RunControl control, String deviceId, FineTuning fineTuning) {
        EngineSetup.EngineInfo engine = EngineSetup.start();
        Device device = deviceId == null ? engine.device() : EngineSetup.device(deviceId);
        String label = deviceId == null ? engine.deviceExplanation() : devices().stream()
                .filter(d -> d.id().equals(deviceId)).map(DeviceOption::label).findFirst().orElse(deviceId);
        TrainingRun run = new TrainingRun(config, train, test, outputFolder, device, label, engine.threads(), control)
                .withFineTuning(fineTuning);
        return run.run(listener);
    }

    /** Every device DJL reports, usable or not, with reasons. */
    public List<DeviceOption> devices() {
        return EngineSetup.deviceOptions();
    }

    private static String engineLabel(EngineSetup.EngineInfo engine) {
        return engine.engineName() + " " + engine.engineVersion();
    }

    /** The engines of this build, the running one marked, with what choosing each means. */
    public List<EngineOption> engines() {
        return EngineSetup.engineOptions();
    }

    /** Saves the engine the app starts on next time ({@code mxnet} or {@code pytorch}). */
    public void saveEngineForNextStart(String engineId) throws IOException {
        EngineSettings.forUser().save(EngineChoice.parse(engineId));
    }

    /** The engine, device and threads in one line. */
    public String engineSummary() {
        return EngineSetup.start().summary();
    }
}
