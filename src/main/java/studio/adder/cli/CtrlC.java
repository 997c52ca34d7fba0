package studio.adder.cli;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl+C during a long command: the first press asks the work to stop at its next safe point
 * (after the current training batch) and lets the command finish and say what it kept; a second
 * press ends the process at once. Without a handler the JVM would die mid-batch, silently.
 */
final class CtrlC implements AutoCloseable {

    /** The conventional exit status of a process ended by SIGINT (128 + 2). */
    static final int EXIT_STATUS = 130;

    private static final Signal INT = new Signal("INT");

    private final SignalHandler previous;
    // Each signal is handled on a thread of its own: count presses atomically.
    private final AtomicInteger presses = new AtomicInteger();

    private CtrlC(Runnable firstPress) {
        previous = Signal.handle(INT, signal -> {
            if (presses.incrementAndGet() > 1) {
                System.err.println();
                System.err.println("Stopped at once.");
                dieOfTheSignal();
            }
            System.err.println();
            System.err.println("Stopping after the current batch (press Ctrl+C again to quit at once)…");
            firstPress.run();
        });
    }

    /**
     * Ends the process the way an unhandled Ctrl+C would (status 130), at once. Exiting through
     * the C library ({@code Runtime.halt}) while MXNet's threads still compute runs its static
     * destructors under them and aborts, so the default action is restored and the signal sent
     * again ({@code Signal.raise} refuses a signal without a Java handler, hence {@code kill}).
     */
    private static void dieOfTheSignal() {
        try {
            Signal.handle(INT, SignalHandler.SIG_DFL);
            new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid())).start().waitFor();
        } catch (IOException | RuntimeException e) {
            // No kill command: fall through to halt.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(EXIT_STATUS);
    }

    /** Handles Ctrl+C until {@link #close()}; {@code firstPress} must return quickly. */
    static CtrlC onFirstPress(Runnable firstPress) {
        return new CtrlC(firstPress);
    }

    /** Whether Ctrl+C was pressed. */
    boolean pressed() {
        return presses.get() > 0;
    }

    /** Gives Ctrl+C back its usual meaning. */
    @Override
    public void close() {
        Signal.handle(INT, previous);
    }
}
