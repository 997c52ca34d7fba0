package studio.adder.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import java.util.ArrayList;
import java.util.List;
import studio.adder.data.AdderDataset;
import studio.adder.data.BatchPreparation;
import studio.adder.model.AdderNetwork;

/** Scores a network on a test set: both heads' loss and accuracy, confusion and mistakes. */
public final class ModelEvaluator {

    /** How many misclassified samples an evaluation keeps for the gallery. */
    public static final int MISTAKES_KEPT = 48;

    private static final SoftmaxCrossEntropyLoss CROSS_ENTROPY = new SoftmaxCrossEntropyLoss("ce");

    private ModelEvaluator() {}

    /**
     * Runs the whole test set through {@code network} in inference mode.
     *
     * @param network an initialised adder network
     * @param manager the manager whose sub-managers hold each batch
     * @param testSet a dataset with sequential sampling; every sample is scored exactly once
     */
    public static Evaluation evaluate(Block network, NDManager manager, AdderDataset testSet) {
        ParameterStore store = new ParameterStore(manager, false);
        double digitLossSum = 0;
        double sumLossSum = 0;
        int digitRight = 0;
        int sumRight = 0;
        int evaluated = 0;
        int[][] confusion = new int[AdderNetwork.DIGITS][AdderNetwork.DIGITS];
        List<Mistake> mistakes = new ArrayList<>();
        for (Batch batch : testSet.batches(manager, BatchPreparation.executor())) {
            try (batch) {
                NDList labels = batch.getLabels();
                NDList outputs = network.forward(store, batch.getData(), false);
                NDArray digitLoss = CROSS_ENTROPY.evaluate(new NDList(labels.get(0)), new NDList(outputs.get(0)));
                NDArray sumLoss = CROSS_ENTROPY.evaluate(new NDList(labels.get(1)), new NDList(outputs.get(1)));
                NDArray digitPredicted = outputs.get(0).argMax(1).toType(DataType.FLOAT32, false);
                NDArray sumPredicted = outputs.get(1).argMax(1).toType(DataType.FLOAT32, false);
                // One transfer per batch: both losses, then the predicted digits, then the predicted sums.
                // The true labels are known here already (sequential sampling: sample = evaluated + row).
                float[] packed = NDArrays.concat(new NDList(digitLoss.reshape(1), sumLoss.reshape(1),
                        digitPredicted, sumPredicted)).toFloatArray();
                int size = batch.getSize();
                digitLossSum += packed[0] * size;
                sumLossSum += packed[1] * size;
                for (int row = 0; row < size; row++) {
                    int sample = evaluated + row;
                    int digit = testSet.digit(sample);
                    int predictedDigit = (int) packed[2 + row];
                    int predictedSum = (int) packed[2 + size + row];
                    confusion[digit][predictedDigit]++;
                    boolean digitOk = predictedDigit == digit;
                    boolean sumOk = predictedSum == digit + testSet.number(sample);
                    digitRight += digitOk ? 1 : 0;
                    sumRight += sumOk ? 1 : 0;
                    if ((!digitOk || !sumOk) && mistakes.size() < MISTAKES_KEPT) {
                        mistakes.add(mistake(testSet, sample, predictedDigit, predictedSum));
                    }
                }
                evaluated += size;
            }
        }
        if (evaluated == 0) {
            throw new IllegalArgumentException("The test set is empty: nothing to evaluate.");
        }
        HeadMetrics metrics = new HeadMetrics(digitLossSum / evaluated, sumLossSum / evaluated,
                digitRight / (double) evaluated, sumRight / (double) evaluated);
        return new Evaluation(evaluated, metrics, new ConfusionMatrix(confusion), mistakes);
    }

    private static Mistake mistake(AdderDataset testSet, int index, int predictedDigit, int predictedSum) {
        float[] pixels = new float[28 * 28];
        testSet.copyRawImage(index, pixels, 0);
        return new Mistake(index, testSet.digit(index), testSet.number(index), predictedDigit, predictedSum, pixels);
    }
}
