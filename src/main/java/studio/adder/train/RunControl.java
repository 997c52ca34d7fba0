package studio.adder.train;

import java.util.concurrent.TimeUnit;
import studio.adder.engine.EngineThread;

/**
 * Lets another thread stop or pause a run; the loop checks it between batches.
 *
 * <p>Stopping ends the run after the current batch; the last complete epoch's checkpoint stays
 * the model. Pausing holds the loop between batches until resumed or stopped; on the engine
 * thread a paused loop keeps running the engine work queued meanwhile (predictions, model
 * switches), so a paused run never freezes the drawing tab.
 */
public final class RunControl {

    private boolean stopRequested;
    private boolean paused;

    /** Asks the run to end after the current batch. Safe from any thread. */
    public synchronized void requestStop() {
        stopRequested = true;
        notifyAll();
    }

    /** Whether a stop was requested. */
    public synchronized boolean isStopRequested() {
        return stopRequested;
    }

    /** Holds the loop after the current batch. */
    public synchronized void pause() {
        paused = true;
    }

    /** Lets a paused loop continue. */
    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** Whether the run is paused. */
    public synchronized boolean isPaused() {
        return paused;
    }

    /** How often a paused loop on the engine thread looks for a resume when no work arrives. */
    private static final long PAUSE_POLL_MILLIS = 50;

    /**
     * Blocks while paused, serving queued engine work when called on the engine thread; returns
     * how many nanoseconds it waited, so elapsed time and throughput can leave pauses out.
     */
    long awaitIfPaused() throws InterruptedException {
        long start = System.nanoTime();
        while (isPaused() && !isStopRequested()) {
            // Engine work runs outside this monitor, so a prediction never blocks pause() or resume().
            if (!EngineThread.awaitAndRunPending(PAUSE_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                waitWhilePaused();
            }
        }
        return System.nanoTime() - start;
    }

    private synchronized void waitWhilePaused() throws InterruptedException {
        while (paused && !stopRequested) {
            wait();
        }
    }
}
