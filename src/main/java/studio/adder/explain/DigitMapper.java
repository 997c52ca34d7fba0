package studio.adder.explain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.function.DoubleConsumer;
import studio.adder.data.AdderDataset;
import studio.adder.data.MnistData;
import studio.adder.train.TestSets;

/**
 * Runs the test set through a model once, layer by layer, and keeps three things: each image's penultimate
 * features, the digit head's answers, and the sum head's misses on the fixed test pairs. Engine thread only; the
 * projections ({@link DigitMaps}) need no engine.
 */
public final class DigitMapper {

    private static final int BATCH = 250;
    private static final int PIXELS = 784;

    private DigitMapper() {}

    /** Maps the first {@code limit} test images (0: all) by PCA, reporting progress 0..1. */
    public static DigitMap map(Explainer explainer, MnistData test, int limit, DoubleConsumer progress) {
        FeatureSet features = features(explainer, test, limit, p -> progress.accept(0.8 * p));
        return DigitMaps.pca(features, p -> progress.accept(0.8 + 0.2 * p));
    }

    /** Passes the first {@code limit} test images (0: all) through the model, reporting progress 0..1. */
    public static FeatureSet features(Explainer explainer, MnistData test, int limit, DoubleConsumer progress) {
        AdderDataset pairs = TestSets.of(test, limit);
        int count = (int) pairs.size();
        float[][] features = new float[count][];
        int[] labels = new int[count];
        int[] predicted = new int[count];
        int[] sumPairs = new int[19];
        int[] sumWrong = new int[19];
        LayerWalk walk = explainer.walk();
        for (int start = 0; start < count; start += BATCH) {
            int size = Math.min(BATCH, count - start);
            float[] images = new float[size * PIXELS];
            float[] numbers = new float[size * 10];
            for (int i = 0; i < size; i++) {
                pairs.copyRawImage(start + i, images, i * PIXELS);
                numbers[i * 10 + pairs.number(start + i)] = 1f;
            }
            try (NDManager manager = explainer.model().getNDManager().newSubManager()) {
                LayerWalk.Pass pass = walk.run(new ParameterStore(manager, false),
                        manager.create(Explainer.normalised(images, size), new Shape(size, 1, 28, 28)),
                        manager.create(numbers, new Shape(size, 10)));
                NDArray layer = pass.outputs().get(walk.penultimate());
                float[] flat = layer.reshape(size, -1).toFloatArray();
                int width = flat.length / size;
                long[] digits = pass.digitLogits().argMax(1).toLongArray();
                long[] sums = pass.sumLogits().argMax(1).toLongArray();
                for (int i = 0; i < size; i++) {
                    int index = start + i;
                    features[index] = new float[width];
                    System.arraycopy(flat, i * width, features[index], 0, width);
                    labels[index] = pairs.digit(index);
                    predicted[index] = (int) digits[i];
                    int trueSum = labels[index] + pairs.number(index);
                    sumPairs[trueSum]++;
                    sumWrong[trueSum] += sums[i] == trueSum ? 0 : 1;
                }
            }
            progress.accept((double) (start + size) / count);
        }
        return new FeatureSet(features, labels, predicted, test, new SumErrors(sumPairs, sumWrong));
    }
}
