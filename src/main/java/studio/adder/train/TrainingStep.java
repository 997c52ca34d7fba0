package studio.adder.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.IndexLoss;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SimpleCompositeLoss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;

/** One optimisation step and the pieces around it, shared by the training loop and the benchmark. */
final class TrainingStep {

    private TrainingStep() {}

    /**
     * Forward, both heads' losses, backward; returns mean digit loss, mean sum loss, digit hits
     * and sum hits. The caller runs {@code trainer.step()} and closes the batch.
     */
    static float[] run(Trainer trainer, SimpleCompositeLoss loss, Batch batch) {
        NDList data = batch.getData();
        NDList labels = batch.getLabels();
        List<Loss> heads = loss.getComponents();
        try (GradientCollector collector = trainer.newGradientCollector()) {
            NDList outputs = trainer.forward(data, labels);
            NDArray digitLoss = heads.get(0).evaluate(labels, outputs);
            NDArray sumLoss = heads.get(1).evaluate(labels, outputs);
            collector.backward(digitLoss.add(sumLoss));
            NDArray digitHits = hits(outputs.get(0), labels.get(0));
            NDArray sumHits = hits(outputs.get(1), labels.get(1));
            // One transfer per batch: the loop needs these values anyway.
            return NDArrays.stack(new NDList(digitLoss, sumLoss, digitHits, sumHits)).toFloatArray();
        }
    }

    private static NDArray hits(NDArray logits, NDArray labels) {
        return logits.argMax(1).toType(DataType.FLOAT32, false).eq(labels).toType(DataType.FLOAT32, false).sum();
    }

    /** The configured optimiser: SGD with momentum 0.9, or Adam. */
    static Optimizer optimizer(TrainingConfig config, Tracker schedule) {
        if ("adam".equalsIgnoreCase(config.optimizer())) {
            return Optimizer.adam().optLearningRateTracker(schedule).optWeightDecays(config.weightDecay()).build();
        }
        return Optimizer.sgd().setLearningRateTracker(schedule).optMomentum(0.9f)
                .optWeightDecays(config.weightDecay()).build();
    }

    /** The two heads' losses, named as everywhere else: digit_loss and sum_loss. */
    static SimpleCompositeLoss headLosses() {
        return new SimpleCompositeLoss("loss")
                .addLoss(new IndexLoss(new SoftmaxCrossEntropyLoss("digit_loss"), 0))
                .addLoss(new IndexLoss(new SoftmaxCrossEntropyLoss("sum_loss"), 1));
    }
}
