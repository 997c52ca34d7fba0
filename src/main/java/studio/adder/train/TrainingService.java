package studio.adder.train;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import studio.adder.engine.DeviceOption;
import studio.adder.engine.Devices;
import studio.adder.engine.EngineChoice;
import studio.adder.engine.EngineOption;
import studio.adder.engine.EngineSettings;
import studio.adder.engine.EngineSetup;

/**
 * Starts training runs on the chosen devices without exposing engine types, so the UI can use it.
 * Call {@link #train} on the engine thread; it blocks until the run ends.
 */
public final class TrainingService {

    private final Supplier<Devices> devices;

    /** Trains on the running engine's devices. */
    public TrainingService() {
        this(Devices::ofRunningEngine);
    }

    /** Trains on the devices {@code devices} offers (tests offer GPUs this machine lacks). */
    public TrainingService(Supplier<Devices> devices) {
        this.devices = devices;
    }

    /**
     * Trains to the end, a stop, or divergence: the one way into training, for the tab, the
     * command line and the tests. Resolves the request's devices (several GPUs split each batch),
     * then builds the model, trainer and data sets in {@link TrainingRun}.
     *
     * @throws IllegalArgumentException when a requested device cannot be used, saying why
     */
    public RunOutcome train(RunRequest request) {
        EngineSetup.EngineInfo engine = EngineSetup.start();
        Devices.Selection chosen = devices.get().forTraining(request.devices());
        TrainingRun run = new TrainingRun(request.config(), request.train(), request.test(), request.outputFolder(),
                chosen.devices(), engineLabel(engine) + " · " + chosen.description(), engine.threads(),
                request.control())
                .withFineTuning(request.fineTuning());
        return run.run(request.listener());
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
