package studio.adder.train;

/**
 * Progress after one training batch, copied off the engine thread as plain values.
 *
 * @param epoch 1-based epoch
 * @param epochs epochs in the run
 * @param batch 1-based batch within the epoch
 * @param batchesPerEpoch batches in one epoch
 * @param globalBatch 1-based batch count since the run started
 * @param elapsedSeconds time since the run started (pauses excluded)
 * @param batchMetrics this batch's losses and accuracies
 * @param epochMetrics running losses and accuracies since the epoch started
 * @param imagesPerSecond training throughput over the epoch so far
 * @param etaSeconds estimated time until the run ends, including evaluations
 * @param learningRate the learning rate used for this batch
 */
public record BatchProgress(
        int epoch,
        int epochs,
        int batch,
        int batchesPerEpoch,
        long globalBatch,
        double elapsedSeconds,
        HeadMetrics batchMetrics,
        HeadMetrics epochMetrics,
        double imagesPerSecond,
        double etaSeconds,
        float learningRate) implements RunRecord {

    /** Fraction of the whole run done, 0..1. */
    public double runFraction() {
        return ((epoch - 1) * (double) batchesPerEpoch + batch) / ((double) epochs * batchesPerEpoch);
    }
}
