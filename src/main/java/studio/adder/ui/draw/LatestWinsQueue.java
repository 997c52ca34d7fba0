package studio.adder.ui.draw;

import java.util.function.Consumer;

/**
 * Keeps at most one request running and at most one waiting. A newer request replaces the waiting
 * one, so a fast hand never builds a backlog on the engine thread: the newest drawing wins.
 * Used on the UI thread only.
 *
 * @param <R> the request type
 */
final class LatestWinsQueue<R> {

    private final Consumer<R> start;
    private boolean running;
    private R waiting;

    /** @param start begins a request; its owner must call {@link #finished()} when it completes */
    LatestWinsQueue(Consumer<R> start) {
        this.start = start;
    }

    void submit(R request) {
        if (running) {
            waiting = request;
            return;
        }
        running = true;
        start.accept(request);
    }

    /** Whether a newer request is waiting, i.e. the one just finished is already stale. */
    boolean hasWaiting() {
        return waiting != null;
    }

    /** Whether a request is running. */
    boolean isRunning() {
        return running;
    }

    /** Marks the running request as done and starts the waiting one, if any. */
    void finished() {
        running = false;
        if (waiting != null) {
            R next = waiting;
            waiting = null;
            submit(next);
        }
    }
}
