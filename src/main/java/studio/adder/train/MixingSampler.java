package studio.adder.train;

import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Sampler;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Batches that each hold a fixed number of the user's examples beside MNIST images, so a few
 * dozen examples are a meaningful share of every batch however large MNIST is. The dataset holds
 * MNIST first ({@code mainCount} images) and the examples after it; MNIST images are each used
 * once per epoch, the examples are drawn again and again (reshuffled whenever all were used).
 * Every call of {@link #sample} is a new epoch with a new order.
 */
public final class MixingSampler implements Sampler {

    private final int batchSize;
    private final int mainCount;
    private final int extraCount;
    private final int extraPerBatch;
    private final SplittableRandom random;

    /**
     * @param batchSize images per batch
     * @param mainCount MNIST images per epoch, at indices {@code 0..mainCount-1}
     * @param extraCount examples, at indices {@code mainCount..mainCount+extraCount-1}
     * @param extraShare the examples' share of every batch, above 0 and below 1
     * @param seed the order of the first epoch; later epochs follow from it
     */
    public MixingSampler(int batchSize, int mainCount, int extraCount, double extraShare, long seed) {
        if (extraCount < 1 || mainCount < 1) {
            throw new IllegalArgumentException("Mixing needs MNIST images and at least one example");
        }
        if (!(extraShare > 0 && extraShare < 1)) {
            throw new IllegalArgumentException("The examples' share of a batch must be above 0 and below 1");
        }
        this.batchSize = batchSize;
        this.mainCount = mainCount;
        this.extraCount = extraCount;
        this.extraPerBatch = Math.max(1, Math.min(batchSize - 1, (int) Math.round(batchSize * extraShare)));
        this.random = new SplittableRandom(seed);
    }

    /** How many of each batch are examples. */
    public int extraPerBatch() {
        return extraPerBatch;
    }

    /** Batches in one epoch: every MNIST image once. */
    public int batchesPerEpoch() {
        int mainPerBatch = batchSize - extraPerBatch;
        return (mainCount + mainPerBatch - 1) / mainPerBatch;
    }

    /** Images in one epoch, examples included. */
    public int imagesPerEpoch() {
        return mainCount + batchesPerEpoch() * extraPerBatch;
    }

    @Override
    public int getBatchSize() {
        return batchSize;
    }

    @Override
    public Iterator<List<Long>> sample(RandomAccessDataset dataset) {
        long[] main = shuffled(0, mainCount, random.split());
        SplittableRandom extraRandom = random.split();
        return new Iterator<>() {
            private int nextMain;
            private long[] extra = shuffled(mainCount, extraCount, extraRandom);
            private int nextExtra;

            @Override
            public boolean hasNext() {
                return nextMain < main.length;
            }

            @Override
            public List<Long> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int mainInBatch = Math.min(batchSize - extraPerBatch, main.length - nextMain);
                List<Long> batch = new ArrayList<>(mainInBatch + extraPerBatch);
                for (int i = 0; i < mainInBatch; i++) {
                    batch.add(main[nextMain++]);
                }
                for (int i = 0; i < extraPerBatch; i++) {
                    if (nextExtra == extra.length) {
                        extra = shuffled(mainCount, extraCount, extraRandom);
                        nextExtra = 0;
                    }
                    batch.add(extra[nextExtra++]);
                }
                return batch;
            }
        };
    }

    private static long[] shuffled(int from, int count, SplittableRandom random) {
        long[] indices = new long[count];
        for (int i = 0; i < count; i++) {
            indices[i] = from + i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        return indices;
    }
}
