package studio.adder.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. ViewModels depend on this
 * interface so tests can use {@link ImmediateRunner} and need neither a Stage nor sleeps.
 */
public interface BackgroundRunner {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the
     * UI thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
