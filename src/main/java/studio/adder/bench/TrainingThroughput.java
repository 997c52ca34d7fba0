package studio.adder.bench;

import ai.djl.Device;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import java.util.Iterator;
import studio.adder.data.MnistData;
import studio.adder.model.ArchitectureId;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingSetup;

/**
 * Measures training throughput with exactly the training loop's step: data preparation,
 * forward, both losses, backward and the optimiser update, after a warm-up, on the model,
 * trainer and data set a {@code train} run builds ({@link TrainingSetup}).
 */
public final class TrainingThroughput {

    private TrainingThroughput() {}

    /**
     * Trains {@code architecture} with its default settings for {@code warmUpBatches}, then times
     * {@code timedBatches} and returns images per second.
     */
    public static double measure(ArchitectureId architecture, MnistData train, Device device,
            int warmUpBatches, int timedBatches) {
        try (TrainingSetup setup = TrainingSetup.open(TrainingConfig.defaultsFor(architecture), train, device)) {
            Iterator<Batch> batches = setup.batches().iterator();
            runBatches(setup.trainer(), batches, warmUpBatches);
            long start = System.nanoTime();
            long images = runBatches(setup.trainer(), batches, timedBatches);
            return images / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Trains up to {@code count} batches as the training loop does; returns the images trained. */
    static long runBatches(Trainer trainer, Iterator<Batch> batches, int count) {
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
