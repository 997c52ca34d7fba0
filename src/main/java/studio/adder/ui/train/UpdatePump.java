package studio.adder.ui.train;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * The single FX-side hand-off of training records and fetch progress. Whoever queues something calls
 * {@link #request()} from any thread, and the pump folds everything queued in on the FX thread, at most ten
 * times a second. While nothing is queued nothing runs: a repeating {@code Timeline} would keep JavaFX pulsing
 * at 60 Hz for the window's whole life, and on two cores each pulse takes a core from the training threads.
 */
final class UpdatePump {

    static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** One daemon thread for every pump: it only waits out the rest of a period, then hands over to FX. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ui-update-pump");
        thread.setDaemon(true);
        return thread;
    });

    private final Runnable drain;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile long lastDrain = System.nanoTime() - PERIOD_NANOS;

    UpdatePump(Runnable drain) {
        this.drain = drain;
    }

    /** Asks for a drain: the first one a period after the last, or at once; further asks until then join it. */
    void request() {
        if (stopped || !pending.compareAndSet(false, true)) {
            return;
        }
        long wait = Math.max(0, lastDrain + PERIOD_NANOS - System.nanoTime());
        TIMER.schedule(() -> Platform.runLater(this::drainNow), wait, TimeUnit.NANOSECONDS);
    }

    /** No drain after this one. */
    void stop() {
        stopped = true;
    }

    private void drainNow() {
        // Cleared first, so that a record queued while draining asks for the next drain.
        pending.set(false);
        lastDrain = System.nanoTime();
        if (!stopped) {
            drain.run();
        }
    }
}
