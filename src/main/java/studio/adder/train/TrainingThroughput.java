package studio.adder.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.SimpleCompositeLoss;
import ai.djl.training.tracker.Tracker;
import java.util.Iterator;
import studio.adder.data.AdderDataset;
import studio.adder.data.MnistData;
import studio.adder.model.AdderNetwork;
import studio.adder.model.Architecture;
import studio.adder.model.ModelFolder;

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
    public static double measure(Architecture architecture, MnistData train, Device device,
            int warmUpBatches, int timedBatches) {
        TrainingConfig config = TrainingConfig.defaultsFor(architecture);
        AdderDataset dataset = AdderDataset.builder()
                .setData(train)
                .setSampling(config.batchSize(), true)
                .optAugment(config.augment())
                .optRedrawNumbersEachEpoch(true)
                .build();
        try (Model model = Model.newInstance(ModelFolder.PARAMS_PREFIX, device)) {
            model.setBlock(architecture.newNetwork());
            SimpleCompositeLoss loss = TrainingStep.headLosses();
            Tracker schedule = LearningRateSchedules.create(config.schedule(), config.learningRate(), 1000);
            DefaultTrainingConfig djlConfig = new DefaultTrainingConfig(loss)
                    .optOptimizer(TrainingStep.optimizer(config, schedule))
                    .optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(djlConfig)) {
                trainer.initialize(AdderNetwork.inputShapes(config.batchSize()));
                Iterator<Batch> batches = dataset.batches(trainer.getManager()).iterator();
                runBatches(trainer, loss, batches, warmUpBatches);
                long start = System.nanoTime();
                long images = runBatches(trainer, loss, batches, timedBatches);
                return images / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static long runBatches(Trainer trainer, SimpleCompositeLoss loss, Iterator<Batch> batches, int count) {
        long images = 0;
        for (int i = 0; i < count && batches.hasNext(); i++) {
            try (Batch batch = batches.next()) {
                TrainingStep.run(trainer, loss, batch);
                trainer.step();
                images += batch.getSize();
            }
        }
        return images;
    }
}
