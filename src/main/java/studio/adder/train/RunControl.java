package studio.adder.train;

/**
 * Lets another thread stop or pause a run; the loop checks it between batches.
 *
 * <p>Stopping ends the run after the current batch; the last complete epoch's checkpoint stays
 * the model. Pausing holds the loop between batches until resumed or stopped.
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

    /**
     * Blocks while paused; returns how many nanoseconds it waited, so elapsed time and
     * throughput can leave pauses out.
     */
    synchronized long awaitIfPaused() throws InterruptedException {
        long start = System.nanoTime();
        while (paused && !stopRequested) {
            wait();
        }
        return System.nanoTime() - start;
    }
}
