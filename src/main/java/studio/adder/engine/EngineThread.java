package studio.adder.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that talks to MXNet. MXNet keeps per-thread state, so every model load,
 * prediction and training step in the app runs here, in submission order.
 *
 * <p>The thread is a daemon: a training run in progress never keeps the JVM alive after the
 * window has closed and the run was asked to stop.
 */
public final class EngineThread implements AutoCloseable {

    /** Name of the thread, visible in thread dumps and profilers. */
    public static final String NAME = "adder-engine";

    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, NAME);
                thread.setDaemon(true);
                return thread;
            });

    /** Runs {@code work} on the engine thread; the future completes with its result or failure. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                future.complete(work.call());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /** Whether the caller is the engine thread. */
    public static boolean isCurrent() {
        return NAME.equals(Thread.currentThread().getName());
    }

    /** Stops accepting work and waits briefly for the current task (e.g. a stopping run) to end. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
