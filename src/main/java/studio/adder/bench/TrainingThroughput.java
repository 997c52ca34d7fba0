package studio.adder.bench;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.tracker.Tracker;
import java.util.Iterator;
import studio.adder.data.AdderDataset;
import studio.adder.data.BatchPreparation;
import studio.adder.data.MnistData;
import studio.adder.model.ArchitectureId;
import studio.adder.model.ModelFolder;
import studio.adder.train.LearningRateSchedules;
import studio.adder.train.TrainerFactory;
import studio.adder.train.TrainingConfig;

/**
 * Measures training throughput with exactly the training loop's step: data preparation,
 * forward, both losses, backward and the optimiser update, after a warm-up.
 */
public final class TrainingThroughput {

    private TrainingThroughput() {}

    /**
     * Trains {@code architecture} with its default settings for {@code warmUpBatches}, then times
     * {@code timedBatches} and returns images per second.
     */
    public static double measure(ArchitectureId architecture, MnistData train, Device device,
            int warmUpBatches, int timedBatches) {
        TrainingConfig config = TrainingConfig.defaultsFor(architecture);
        AdderDataset dataset = AdderDataset.builder()
                .setData(train)
                .setSampling(config.batchSize(), true)
                .optAugment(config.augment())
                .optRedrawNumbersEachEpoch(true)
                .build();
        try (Model model = Model.newInstance(ModelFolder.PARAMS_PREFIX, device)) {
            model.setBlock(architecture.architecture().newNetwork());
            Tracker schedule = LearningRateSchedules.create(config.schedule(), config.learningRate(), 1000);
            try (Trainer trainer = TrainerFactory.newTrainer(model, config, device, schedule)) {
                Iterator<Batch> batches = dataset.batches(trainer.getManager(), BatchPreparation.executor()).iterator();
                runBatches(trainer, batches, warmUpBatches);
                long start = System.nanoTime();
                long images = runBatches(trainer, batches, timedBatches);
                return images / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static long runBatches(Trainer trainer, Iterator<Batch> batches, int count) {
        long images = 0;
        for (int i = 0; i < count && batches.hasNext(); i++) {
            try (Batch batch = batches.next()) {
                EasyTrain.trainBatch(trainer, batch);
                trainer.step();
                images += batch.getSize();
            }
        }
        return images;
    }
}
