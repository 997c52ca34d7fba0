package studio.adder.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The synchronous twin of {@link EngineRunner}: runs work and callbacks on the caller's thread. */
public final class ImmediateRunner implements BackgroundRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
