package studio.adder.train;

import java.nio.file.Path;

/**
 * What one finished epoch produced.
 *
 * @param epoch 1-based epoch
 * @param epochs epochs in the run
 * @param elapsedSeconds time since the run started, evaluation included
 * @param imagesPerSecond training throughput of this epoch (evaluation excluded)
 * @param train running metrics over the epoch's training batches
 * @param test the evaluation on the test set
 * @param checkpoint the model folder holding this epoch's checkpoint
 */
public record EpochResult(
        int epoch,
        int epochs,
        double elapsedSeconds,
        double imagesPerSecond,
        HeadMetrics train,
        Evaluation test,
        Path checkpoint) implements RunRecord {}
