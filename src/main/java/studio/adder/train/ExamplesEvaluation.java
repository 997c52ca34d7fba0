package studio.adder.train;

/**
 * The user's examples scored during a run (before the first batch, a few times per epoch and after
 * each epoch), so charts can show "it learned my 1" beside "it did not forget MNIST".
 *
 * @param epoch 1-based epoch it was taken in (0 before the first batch)
 * @param globalBatch batches trained so far
 * @param epochPosition fractional epochs trained so far
 * @param elapsedSeconds time since the run started (pauses excluded)
 * @param evaluated how many examples were scored
 * @param metrics both heads' loss and accuracy on the examples
 */
public record ExamplesEvaluation(
        int epoch, long globalBatch, double epochPosition, double elapsedSeconds, int evaluated, HeadMetrics metrics) implements RunRecord {}
