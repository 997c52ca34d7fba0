package studio.adder.data;

/** Receives progress while MNIST is fetched or installed, for a progress bar or a console line. */
@FunctionalInterface
public interface FetchProgress {

    /**
     * Reports the current step.
     *
     * @param message  what is happening, in a few words
     * @param fraction overall progress from 0 to 1, or a negative number while the duration is unknown (the same
     *                 convention as an indeterminate progress bar)
     */
    void update(String message, double fraction);

    /** A listener that ignores every update. */
    static FetchProgress silent() {
        return (message, fraction) -> { };
    }
}
