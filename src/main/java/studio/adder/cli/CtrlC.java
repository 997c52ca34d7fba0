package studio.adder.cli;

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
    private volatile boolean pressed;

    private CtrlC(Runnable firstPress) {
        previous = Signal.handle(INT, signal -> {
            if (pressed) {
                System.err.println();
                System.err.println("Stopped at once.");
                Runtime.getRuntime().halt(EXIT_STATUS);
            }
            pressed = true;
            System.err.println();
            System.err.println("Stopping after the current batch (press Ctrl+C again to quit at once)…");
            firstPress.run();
        });
    }

    /** Handles Ctrl+C until {@link #close()}; {@code firstPress} must return quickly. */
    static CtrlC onFirstPress(Runnable firstPress) {
        return new CtrlC(firstPress);
    }

    /** Whether Ctrl+C was pressed. */
    boolean pressed() {
        return pressed;
    }

    /** Gives Ctrl+C back its usual meaning. */
    @Override
    public void close() {
        Signal.handle(INT, previous);
    }
}
