package studio.adder.data;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Cancels a running MNIST fetch from another thread (the window's Cancel button, the CLI's Ctrl+C).
 * Cancelling also closes the connection in use, so a download blocked on a silent server stops at
 * once instead of at its timeout; the part downloaded so far stays for the next fetch to resume.
 */
public final class FetchCancel {

    private volatile boolean cancelled;
    private final AtomicReference<Runnable> abortCurrent = new AtomicReference<>();

    /** Asks the fetch to stop; safe to call from any thread, any number of times. */
    public void cancel() {
        cancelled = true;
        Runnable abort = abortCurrent.getAndSet(null);
        if (abort != null) {
            abort.run();
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Registers how to abort the connection now in use ({@code null}: none); runs it at once if already cancelled. */
    void whileRunning(Runnable abort) {
        abortCurrent.set(abort);
        if (cancelled && abort != null && abortCurrent.compareAndSet(abort, null)) {
            abort.run();
        }
    }

    /** Throws the cancellation sentence when the fetch was cancelled. */
    void check() {
        if (cancelled) {
            throw cancelledError();
        }
    }

    static MnistDataException cancelledError() {
        return new MnistDataException("Fetching MNIST was cancelled; what was downloaded so far is kept, and the next"
                + " fetch resumes it.");
    }
}
