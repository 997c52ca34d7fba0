package studio.adder.train;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
    private final List<Consumer<EpochResult>> epochWatchers = new CopyOnWriteArrayList<>();

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
        return run.run(epochWatchers.isEmpty() ? request.listener() : new WatchedListener(request.listener()));
    }

    /**
     * Also tells {@code watcher} of every epoch any run finishes (after its checkpoint is written), on the engine
     * thread; it must return at once. The Inside tab recomputes its map of all digits from these checkpoints.
     */
    public void watchEpochs(Consumer<EpochResult> watcher) {
        epochWatchers.add(watcher);
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

    /** A run's own listener, with each epoch also told to the watchers. */
    private final class WatchedListener implements RunListener {
        private final RunListener own;

        WatchedListener(RunListener own) {
            this.own = own;
        }

        @Override
        public void onStart(RunInfo info) {
            own.onStart(info);
        }

        @Override
        public void onBatch(BatchProgress progress) {
            own.onBatch(progress);
        }

        @Override
        public void onEpoch(EpochResult result) {
            own.onEpoch(result);
            epochWatchers.forEach(watcher -> watcher.accept(result));
        }

        @Override
        public void onExamplesEvaluation(ExamplesEvaluation evaluation) {
            own.onExamplesEvaluation(evaluation);
        }

        @Override
        public void onFinish(RunOutcome outcome) {
            own.onFinish(outcome);
        }
    }
}
