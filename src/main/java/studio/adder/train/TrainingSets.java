package studio.adder.train;

import studio.adder.data.AdderDataset;
import studio.adder.data.IdxImages;
import studio.adder.data.IdxLabels;
import studio.adder.data.MnistData;
import studio.adder.mydigits.ExampleSet;

/**
 * The training set of a run: MNIST alone, or MNIST with the user's examples mixed into every
 * batch by a {@link MixingSampler} (same augmentation and redrawn numbers for both).
 */
final class TrainingSets {

    /**
     * A training set ready to iterate.
     *
     * @param dataset the batches
     * @param batchesPerEpoch batches in one epoch
     * @param imagesPerEpoch images in one epoch, examples included
     * @param examplesPerBatch how many of each batch are the user's examples (0 without mixing)
     */
    record Prepared(AdderDataset dataset, int batchesPerEpoch, int imagesPerEpoch, int examplesPerBatch) {}

    private TrainingSets() {}

    /** MNIST (the config's limit picks a prefix) with {@code examples} mixed in when not null. */
    static Prepared of(TrainingConfig config, MnistData train, ExampleSet examples, double extraShare) {
        int limit = config.trainingLimit() > 0 ? Math.min(config.trainingLimit(), train.size()) : train.size();
        if (examples == null) {
            AdderDataset dataset = AdderDataset.builder()
                    .setData(train)
                    .setSampling(config.batchSize(), true)
                    .optLimit(limit)
                    .optSeed(config.seed())
                    .optRedrawNumbersEachEpoch(true)
                    .optAugment(config.augment())
                    .build();
            int batches = (int) ((dataset.size() + config.batchSize() - 1) / config.batchSize());
            return new Prepared(dataset, batches, (int) dataset.size(), 0);
        }
        MixingSampler sampler = new MixingSampler(config.batchSize(), limit, examples.size(), extraShare, config.seed());
        AdderDataset dataset = AdderDataset.builder()
                .setData(concatenate(train, limit, examples.data()))
                .setSampling(sampler)
                .optSeed(config.seed())
                .optRedrawNumbersEachEpoch(true)
                .optAugment(config.augment())
                .build();
        return new Prepared(dataset, sampler.batchesPerEpoch(), sampler.imagesPerEpoch(), sampler.extraPerBatch());
    }

    /** The first {@code limit} MNIST images followed by every example, in one array. */
    static MnistData concatenate(MnistData mnist, int limit, MnistData examples) {
        int pixels = mnist.imageSize();
        byte[] images = new byte[(limit + examples.size()) * pixels];
        System.arraycopy(mnist.images().pixels(), 0, images, 0, limit * pixels);
        System.arraycopy(examples.images().pixels(), 0, images, limit * pixels, examples.size() * pixels);
        byte[] labels = new byte[limit + examples.size()];
        System.arraycopy(mnist.labels().labels(), 0, labels, 0, limit);
        System.arraycopy(examples.labels().labels(), 0, labels, limit, examples.size());
        int count = limit + examples.size();
        // Hashes name data files; this mix is no file, and the card records MNIST's and the examples' own.
        return new MnistData(new IdxImages(count, mnist.images().rows(), mnist.images().cols(), images),
                new IdxLabels(count, labels), "mixed", "mixed", false);
    }
}
