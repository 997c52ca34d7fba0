package studio.adder.bench;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import studio.adder.data.AdderDataset;
import studio.adder.data.BatchPreparation;
import studio.adder.data.MnistData;
import studio.adder.model.ArchitectureId;
import studio.adder.model.ModelFolder;
import studio.adder.train.LearningRateSchedules;
import studio.adder.train.TrainerFactory;
import studio.adder.train.TrainingConfig;

/**
 * Training throughput over a whole epoch, as a user feels it, with the rate of each window of
 * batches: short warm-up windows miss engines that slow down after a few hundred batches.
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
        TrainingConfig config = TrainingConfig.defaultsFor(architecture);
        AdderDataset dataset = AdderDataset.builder()
                .setData(train)
                .setSampling(config.batchSize(), true)
                .optLimit(limit > 0 ? limit : train.size())
                .optAugment(config.augment())
                .optRedrawNumbersEachEpoch(true)
                .build();
        try (Model model = Model.newInstance(ModelFolder.PARAMS_PREFIX, devices[0])) {
            model.setBlock(architecture.architecture().newNetwork());
            int batchesPerEpoch = (int) ((dataset.size() + config.batchSize() - 1) / config.batchSize());
            Tracker schedule = LearningRateSchedules.create(config.schedule(), config.learningRate(), batchesPerEpoch);
            try (Trainer trainer = TrainerFactory.newTrainer(model, config, devices, schedule)) {
                List<Double> windows = new ArrayList<>();
                long images = 0;
                long windowImages = 0;
                int inWindow = 0;
                long start = System.nanoTime();
                long windowStart = start;
                for (Batch batch : dataset.batches(trainer.getManager(), BatchPreparation.executor())) {
                    try (batch) {
                        EasyTrain.trainBatch(trainer, batch);
                        trainer.step();
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
}
