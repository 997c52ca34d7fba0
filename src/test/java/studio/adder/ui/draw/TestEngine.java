package studio.adder.ui.draw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import studio.adder.engine.EngineAssumptions;
import studio.adder.engine.EngineThread;
import studio.adder.predict.PredictionService;
import studio.adder.train.TrainingService;
import studio.adder.ui.AppContext;
import studio.adder.ui.StudioPreferences;
import studio.adder.ui.common.EngineRunner;
import studio.adder.ui.common.IoRunner;
import studio.adder.ui.mydigits.MyDigitsViewModel;
import studio.adder.util.AppHome;

/**
 * One engine thread and prediction service shared by the UI tests of a JVM, so MXNet starts once
 * and is only ever called from its own thread, as in the app.
 */
public final class TestEngine {

    private static EngineThread engine;
    private static PredictionService predictions;

    private TestEngine() {
    }

    /** A fresh context over the shared engine, as the app builds it. */
    public static synchronized AppContext context() throws ExecutionException, InterruptedException {
        start();
        return new AppContext(new EngineRunner(engine), IoRunner::new, predictions, new TrainingService());
    }

    /** A fresh context over the shared engine whose examples are kept by {@code myDigits}. */
    public static synchronized AppContext context(MyDigitsViewModel myDigits) throws ExecutionException, InterruptedException {
        start();
        return new AppContext(new EngineRunner(engine), IoRunner::new, predictions, new TrainingService(), myDigits);
    }

    /** Starts the shared engine and prediction service once; slow the first time (MXNet loads). */
    public static synchronized void start() throws ExecutionException, InterruptedException {
        EngineAssumptions.assumeEngineRuns();
        if (engine == null) {
            engine = new EngineThread();
            predictions = engine.submit(PredictionService::new).get();
        }
    }

    /** Window settings of their own for one test class, in the test home, starting empty. */
    public static StudioPreferences freshPreferences(String name) throws IOException {
        Path file = AppHome.folder().resolve("window-" + name + ".properties");
        Files.deleteIfExists(file);
        return new StudioPreferences(file);
    }
}
