package studio.adder.train;

/**
 * One immutable record a run reports while it trains: its start, a batch, an epoch's test, or a
 * score on the user's examples. Sealed, so a consumer that folds them knows every kind there is.
 */
public sealed interface RunRecord permits RunInfo, BatchProgress, EpochResult, ExamplesEvaluation {
}
