package studio.adder.ui.train;

/** Where the training tab is in the life of a run. */
public enum TrainState {
    /** No run yet. */
    IDLE,
    /** A run is training. */
    RUNNING,
    /** The run waits between batches. */
    PAUSED,
    /** Stop was asked; the current batch is finishing. */
    STOPPING,
    /** The last run completed or was stopped; its outcome message says which. */
    FINISHED,
    /** The last run diverged or failed; its outcome message says why. */
    FAILED;

    /** Whether a run is in progress (the engine thread is busy with it). */
    public boolean active() {
        return this == RUNNING || this == PAUSED || this == STOPPING;
    }
}
