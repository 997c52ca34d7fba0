package studio.adder.train;

/**
 * Receives a run's progress as immutable records, on the engine thread.
 *
 * <p>Implementations must return quickly and hand the records to their own thread; the UI
 * coalesces them to a few updates per second.
 */
public interface RunListener {

    /** Called once before the first batch. */
    default void onStart(RunInfo info) {}

    /** Called after every training batch. */
    default void onBatch(BatchProgress progress) {}

    /** Called after every epoch, once the checkpoint is written. */
    default void onEpoch(EpochResult result) {}

    /** Called when the user's examples mixed into a run have been scored (fine-tuning only). */
    default void onExamplesEvaluation(ExamplesEvaluation evaluation) {}

    /** Called once when the run ends, however it ends. */
    default void onFinish(RunOutcome outcome) {}
}
