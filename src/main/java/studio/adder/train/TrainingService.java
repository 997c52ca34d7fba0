package studio.adder.train;

import java.nio.file.Path;
import studio.adder.data.MnistData;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineSetup;

/**
 * Starts training runs on the configured device without exposing engine types, so the UI can
 * use it. Call {@link #train} on the engine thread; it blocks until the run ends.
 */
public final class TrainingService {

    /** Loads MNIST from {@code data} and trains to the end, a stop, or divergence. */
    public RunOutcome train(TrainingConfig config, MnistFolder data, Path outputFolder,
            TrainingListener listener, RunControl control) {
        MnistData train = data.load(MnistSplit.TRAIN);
        MnistData test = data.load(MnistSplit.TEST);
        return train(config, train, test, outputFolder, listener, control);
    }

    /** Trains on data already in memory (tests and repeated runs). */
    public RunOutcome train(TrainingConfig config, MnistData train, MnistData test, Path outputFolder,
            TrainingListener listener, RunControl control) {
        EngineSetup.EngineInfo engine = EngineSetup.start();
        TrainingRun run = new TrainingRun(config, train, test, outputFolder, engine.device(),
                engine.deviceExplanation(), engine.threads(), control);
        return run.run(listener);
    }

    /** The engine, device and threads in one line. */
    public String engineSummary() {
        return EngineSetup.start().summary();
    }
}
