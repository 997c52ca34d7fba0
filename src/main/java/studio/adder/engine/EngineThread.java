package studio.adder.engine;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that talks to MXNet. MXNet keeps per-thread state, so every model load,
 * prediction and training step in the app runs here, in submission order.
 *
 * <p>A long task such as a training run calls {@link #runPending()} between batches, so work
 * submitted meanwhile (a prediction for the drawing tab) runs within one batch instead of
 * waiting for the whole run. The thread is a daemon: a run in progress never keeps the JVM
 * alive after the window has closed.
 */
public final class EngineThread implements AutoCloseable {

    /** Name of the thread, visible in thread dumps and profilers. */
    public static final String NAME = "adder-engine";

    private static final ThreadLocal<EngineThread> CURRENT = new ThreadLocal<>();

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(() -> {
                    CURRENT.set(this);
                    runnable.run();
                }, NAME);
                thread.setDaemon(true);
                return thread;
            });

    /** Runs {@code work} on the engine thread; the future completes with its result or failure. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        queue.add(() -> {
            try {
                future.complete(work.call());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        // Each submission schedules one poll; if runPending() already ran the item, the poll finds
        // another item or nothing. Both paths take from the same queue head, so order is kept.
        try {
            executor.execute(this::runOne);
        } catch (RejectedExecutionException closed) {
            // The app is shutting down: late work (a redraw's prediction) is dropped, not an error.
            future.cancel(false);
        }
        return future;
    }

    private void runOne() {
        Runnable next = queue.poll();
        if (next != null) {
            next.run();
        }
    }

    /**
     * Runs the work queued behind the current task. A no-op unless called on an engine thread;
     * long tasks call it at safe points (between training batches).
     */
    public static void runPending() {
        EngineThread engine = CURRENT.get();
        if (engine != null) {
            for (Runnable next; (next = engine.queue.poll()) != null; ) {
                next.run();
            }
        }
    }

    /**
     * Waits up to {@code timeout} for work queued behind the current task and runs all of it; a
     * paused training run calls this in its waiting loop, so predictions and model switches keep
     * being served. Returns false at once, running nothing, when the caller is not an engine thread.
     */
    public static boolean awaitAndRunPending(long timeout, TimeUnit unit) throws InterruptedException {
        EngineThread engine = CURRENT.get();
        if (engine == null) {
            return false;
        }
        Runnable first = engine.queue.poll(timeout, unit);
        if (first != null) {
            first.run();
            runPending();
        }
        return true;
    }

    /** Whether the caller is the engine thread. */
    public static boolean isCurrent() {
        return CURRENT.get() != null;
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
