package studio.adder.bench;

import ai.djl.Device;
import ai.djl.training.EasyTrain;
import ai.djl.training.dataset.Batch;
import java.util.ArrayList;
import java.util.List;
import studio.adder.data.MnistData;
import studio.adder.model.ArchitectureId;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingSetup;

/**
 * Training throughput over a whole epoch, as a user feels it, with the rate of each window of
 * batches: short warm-up windows miss engines that slow down after a few hundred batches. The model,
 * trainer and data set are a one-epoch {@code train} run's ({@link TrainingSetup}).
 *
 * @param imagesPerSecond images of the epoch divided by its seconds, from the first batch on
 * @param seconds the epoch's training time (no evaluation)
 * @param images images trained
 * @param windowBatches batches per window
 * @param windowImagesPerSecond the rate of each consecutive window of {@code windowBatches}
 */
public record EpochThroughput(double imagesPerSecond, double seconds, long images, int windowBatches,
        List<Double> windowImagesPerSecond) {

    /**
     * Trains one epoch of {@code architecture} with its default recipe on {@code devices}
     * (several split each batch) and times it.
     *
     * @param limit train on the first {@code limit} images; 0 means all
     */
    public static EpochThroughput measure(ArchitectureId architecture, MnistData train, Device[] devices,
            int limit, int windowBatches) {
        // One epoch, so the schedule spans the batches timed, as a one-epoch train run's would.
        TrainingConfig config = TrainingConfig.builder(architecture).optEpochs(1).optTrainingLimit(limit).build();
        try (TrainingSetup setup = TrainingSetup.open(config, train, devices)) {
            List<Double> windows = new ArrayList<>();
            long images = 0;
            long windowImages = 0;
            int inWindow = 0;
            long start = System.nanoTime();
            long windowStart = start;
            for (Batch batch : setup.batches()) {
                try (batch) {
                    EasyTrain.trainBatch(setup.trainer(), batch);
                    setup.trainer().step();
                    images += batch.getSize();
                    windowImages += batch.getSize();
                }
                if (++inWindow == windowBatches) {
                    long now = System.nanoTime();
                    windows.add(windowImages / ((now - windowStart) / 1e9));
                    windowStart = now;
                    windowImages = 0;
                    inWindow = 0;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new EpochThroughput(images / seconds, seconds, images, windowBatches, List.copyOf(windows));
        }
    }
}
