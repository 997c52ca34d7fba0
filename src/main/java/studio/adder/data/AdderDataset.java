package studio.adder.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Record;
import ai.djl.training.dataset.Sampler;
import ai.djl.util.Progress;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;

/**
 * MNIST images paired with a number 0-9: the input is (image, one-hot number), the labels are
 * the digit (10 classes) and digit + number (19 classes).
 *
 * <p>Training sets draw new numbers every epoch from a seeded generator ({@link #nextEpoch()});
 * test sets fix one number per image from the seed, so every evaluation scores the same pairs.
 * Batches are built straight from float arrays, one native array per tensor, instead of one
 * array per sample as DJL's generic batchifier would.
 */
public final class AdderDataset extends RandomAccessDataset {

    /** MNIST's mean pixel value, as the seed notebook normalises. */
    public static final float MEAN = 0.1307f;
    /** MNIST's pixel standard deviation. */
    public static final float STD = 0.3081f;

    private static final int PIXELS = 28 * 28;

    private final MnistData mnist;
    private final long seed;
    private final boolean redrawNumbers;
    private final ImageAugmenter augmenter;
    private final byte[] numbers;
    private int epoch;

    private AdderDataset(Builder builder) {
        super(builder);
        this.mnist = builder.mnist;
        this.seed = builder.seed;
        this.redrawNumbers = builder.redrawNumbers;
        this.augmenter = builder.augment ? new ImageAugmenter() : null;
        this.numbers = new byte[mnist.size()];
        drawNumbers(seed);
    }

    /** A builder in DJL's style: {@code setData}, {@code setSampling}, then {@code opt...}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Advances to the next epoch: training sets redraw their numbers, test sets keep theirs. */
    public void nextEpoch() {
        epoch++;
        if (redrawNumbers) {
            drawNumbers(seed * 1_000_003L + epoch);
        }
    }

    /** The number paired with sample {@code index} in the current epoch. */
    public int number(int index) {
        return numbers[index];
    }

    /** The digit label of sample {@code index}. */
    public int digit(int index) {
        return mnist.label(index);
    }

    /** Copies the raw image (0..1, not normalised, not augmented) of sample {@code index}. */
    public void copyRawImage(int index, float[] destination, int offset) {
        mnist.copyImage(index, destination, offset);
    }

    private void drawNumbers(long numberSeed) {
        SplittableRandom random = new SplittableRandom(numberSeed);
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = (byte) random.nextInt(10);
        }
    }

    @Override
    public Record get(NDManager manager, long index) {
        Batch batch = BatchIterator.toBatch(manager, prepare(List.of(index), new SplittableRandom(index)), 0, 1);
        NDList data = squeeze(batch.getData());
        NDList labels = squeeze(batch.getLabels());
        return new Record(data, labels);
    }

    private static NDList squeeze(NDList list) {
        NDList squeezed = new NDList(list.size());
        for (NDArray array : list) {
            squeezed.add(array.squeeze(0));
        }
        return squeezed;
    }

    /**
     * This epoch's batches. With an {@code executor}, the float arrays of the next
     * {@code optPrefetchNumber} batches (augmentation and assembly) are prepared on it while the
     * caller trains on the current one; the native arrays are still created on the calling
     * thread, as MXNet needs. The batches are the same with or without an executor.
     */
    @Override
    public Iterable<Batch> getData(NDManager manager, Sampler sampler, ExecutorService executor) {
        return () -> new BatchIterator(manager, sampler.sample(this), size(), this::prepare,
                new SplittableRandom(seed * 31 + epoch), executor, Math.max(1, prefetchNumber));
    }

    /** This epoch's batches in the configured order; each batch owns a sub-manager of {@code manager}. */
    public Iterable<Batch> batches(NDManager manager) {
        return getData(manager, sampler, null);
    }

    /** Like {@link #batches(NDManager)}, preparing upcoming batches on {@code executor}. */
    public Iterable<Batch> batches(NDManager manager, ExecutorService executor) {
        return getData(manager, sampler, executor);
    }

    @Override
    protected long availableSize() {
        return mnist.size();
    }

    @Override
    public void prepare(Progress progress) {
        // Everything is in memory already.
    }

    /** Augments and assembles the samples at {@code indices}; touches no native memory. */
    BatchIterator.PreparedBatch prepare(List<Long> indices, SplittableRandom random) {
        int size = indices.size();
        float[] images = new float[size * PIXELS];
        float[] oneHot = new float[size * 10];
        float[] digits = new float[size];
        float[] sums = new float[size];
        float[] raw = new float[PIXELS];
        for (int row = 0; row < size; row++) {
            int index = Math.toIntExact(indices.get(row));
            if (augmenter != null) {
                mnist.copyImage(index, raw, 0);
                augmenter.augment(raw, images, row * PIXELS, random);
            } else {
                mnist.copyImage(index, images, row * PIXELS);
            }
            normalise(images, row * PIXELS);
            oneHot[row * 10 + numbers[index]] = 1f;
            digits[row] = mnist.label(index);
            sums[row] = mnist.label(index) + numbers[index];
        }
        return new BatchIterator.PreparedBatch(images, oneHot, digits, sums);
    }

    /** Applies the notebook's normalisation in place to one 28x28 image. */
    public static void normalise(float[] images, int offset) {
        for (int i = offset; i < offset + PIXELS; i++) {
            images[i] = (images[i] - MEAN) / STD;
        }
    }

    /** Configures an {@link AdderDataset}. */
    public static final class Builder extends BaseBuilder<Builder> {
        private MnistData mnist;
        private long seed = 42;
        private boolean redrawNumbers;
        private boolean augment;

        @Override
        protected Builder self() {
            return this;
        }

        /** The MNIST images and labels to pair with numbers (required). */
        public Builder setData(MnistData mnist) {
            this.mnist = mnist;
            return this;
        }

        /** Seeds the numbers (and augmentation); the same seed gives the same pairs. */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Training sets redraw numbers every epoch; test sets keep them fixed (the default). */
        public Builder optRedrawNumbersEachEpoch(boolean redraw) {
            this.redrawNumbers = redraw;
            return this;
        }

        /** Applies small random shifts, rotations and scaling to training images. */
        public Builder optAugment(boolean augment) {
            this.augment = augment;
            return this;
        }

        /** Builds the dataset; {@code setData} and {@code setSampling} are required. */
        public AdderDataset build() {
            if (mnist == null) {
                throw new IllegalStateException("setData(MnistData) is required");
            }
            if (sampler == null) {
                throw new IllegalStateException("setSampling(batchSize, random) is required");
            }
            return new AdderDataset(this);
        }
    }
}
