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
 * features projected to 2-D, the digit head's answers, and the sum head's misses on the fixed test pairs.
 * Engine thread only.
 */
public final class DigitMapper {

    /** Seed of the projection's start vectors: the same model gives the same map. */
    public static final long PROJECTION_SEED = 20261202L;

    private static final int BATCH = 250;
    private static final int PIXELS = 784;

    private DigitMapper() {}

    /** Maps the first {@code limit} test images (0: all), reporting progress 0..1. */
    public static DigitMap map(Explainer explainer, MnistData test, int limit, DoubleConsumer progress) {
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
                        manager.create(Explainer.normalised(images, size), new Shape(size, 1, 28, 28)), manager.create(numbers, new Shape(size, 10)));
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
            progress.accept(0.8 * (start + size) / count);
        }
        Pca pca = Pca.fit(features, 2, PROJECTION_SEED);
        float[] x = new float[count];
        float[] y = new float[count];
        for (int i = 0; i < count; i++) {
            float[] point = pca.project(features[i]);
            x[i] = point[0];
            y[i] = point[1];
        }
        progress.accept(1.0);
        return new DigitMap(x, y, labels, predicted, test, new SumErrors(sumPairs, sumWrong), pca);
    }
}
