package studio.adder.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import studio.adder.engine.EngineThread;

/** Runs DJL work on the engine thread and delivers results on the FX thread. */
public final class EngineRunner implements BackgroundRunner {

    private final EngineThread engine;

    /** Uses the given engine thread. */
    public EngineRunner(EngineThread engine) {
        this.engine = engine;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        engine.submit(work).whenComplete((result, error) -> {
            if (error instanceof CancellationException) {
                return; // dropped while the app shuts down: nobody is waiting for it
            }
            if (error != null) {
                FxDelivery.failure(error, onFailure);
            } else {
                FxDelivery.success(result, onSuccess);
            }
        });
    }
}
