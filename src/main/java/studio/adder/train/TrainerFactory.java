package studio.adder.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.evaluator.Evaluator;
import ai.djl.training.evaluator.IndexEvaluator;
import ai.djl.training.listener.DivergenceCheckTrainingListener;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.loss.AbstractCompositeLoss;
import ai.djl.training.loss.IndexLoss;
import ai.djl.training.loss.SimpleCompositeLoss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import studio.adder.model.AdderNetwork;

/**
 * The one place that builds a DJL {@link Trainer}, in the shape of DJL's {@code TrainCaptcha}: a
 * composite loss of the two heads, one accuracy per head through {@link IndexEvaluator}, and each
 * head's loss read from the composite's components, so every figure has a stable name ({@link #DIGIT_LOSS},
 * {@link #SUM_LOSS}, {@link #DIGIT_ACCURACY}, {@link #SUM_ACCURACY}).
 */
public final class TrainerFactory {

    /** Metric names, as the README and the charts use them. */
    public static final String DIGIT_LOSS = "digit_loss";
    public static final String SUM_LOSS = "sum_loss";
    public static final String DIGIT_ACCURACY = "digit_acc";
    public static final String SUM_ACCURACY = "sum_acc";
    /** The training objective: digit loss plus sum loss. */
    public static final String LOSS = "loss";

    private TrainerFactory() {}

    /**
     * A trainer for {@code model} (its block set), initialised for {@code config}'s batch size.
     *
     * <p>Besides {@code extraListeners}, the trainer always carries DJL's
     * {@link EvaluatorTrainingListener} updating every batch (its {@code train/all} accumulators
     * hold the last batch, {@code train/epoch} the epoch so far) and its divergence check.
     *
     * @param schedule the learning-rate tracker the optimiser follows
     */
    public static Trainer newTrainer(Model model, TrainingConfig config, Device device, Tracker schedule,
            TrainingListener... extraListeners) {
        return newTrainer(model, config, new Device[] {device}, schedule, extraListeners);
    }

    /**
     * A trainer that splits every batch across {@code devices} (DJL's {@code Batch.split} inside
     * {@code EasyTrain.trainBatch}); DJL's parameter store adds up the devices' gradients and
     * keeps every device's copy of the parameters in step.
     *
     * <p>Each device's loss is the mean over its share of the batch, so the summed gradient is
     * {@code devices.length} times the whole batch's; the optimiser rescales it by the inverse,
     * which keeps the learning rate meaning what it means on one device.
     *
     * @param devices where to compute; the model must live on the first
     */
    public static Trainer newTrainer(Model model, TrainingConfig config, Device[] devices, Tracker schedule,
            TrainingListener... extraListeners) {
        SimpleCompositeLoss loss = new SimpleCompositeLoss(LOSS)
                .addLoss(new IndexLoss(new RememberingCrossEntropy(DIGIT_LOSS), 0))
                .addLoss(new IndexLoss(new RememberingCrossEntropy(SUM_LOSS), 1));
        // No addEvaluators(loss.getComponents()) as in DJL's TrainCaptcha: the trainer already
        // tracks the composite loss as an evaluator, and updating it updates its components, so
        // listing them again would compute (and average) each head's loss twice per batch.
        DefaultTrainingConfig djlConfig = new DefaultTrainingConfig(loss)
                .addEvaluator(new IndexEvaluator(new Accuracy(DIGIT_ACCURACY), 0))
                .addEvaluator(new IndexEvaluator(new Accuracy(SUM_ACCURACY), 1))
                .optOptimizer(optimizer(config, schedule, 1f / devices.length))
                .optDevices(devices)
                .addTrainingListeners(new EvaluatorTrainingListener(1), new DivergenceCheckTrainingListener())
                .addTrainingListeners(extraListeners);
        Trainer trainer = model.newTrainer(djlConfig);
        try {
            trainer.initialize(AdderNetwork.inputShapes(config.batchSize()));
            return trainer;
        } catch (RuntimeException e) {
            trainer.close();
            throw e;
        }
    }

    /**
     * Both heads' losses and accuracies from the trainer's evaluators.
     *
     * @param accumulator {@link EvaluatorTrainingListener#TRAIN_ALL} for the last batch,
     *     {@link EvaluatorTrainingListener#TRAIN_EPOCH} for the epoch so far
     */
    public static HeadMetrics metrics(Trainer trainer, String accumulator) {
        float digitLoss = Float.NaN;
        float sumLoss = Float.NaN;
        float digitAccuracy = Float.NaN;
        float sumAccuracy = Float.NaN;
        List<Evaluator> evaluators = new ArrayList<>(trainer.getEvaluators());
        if (trainer.getLoss() instanceof AbstractCompositeLoss composite) {
            evaluators.addAll(composite.getComponents()); // each head's loss, updated by the composite
        }
        for (Evaluator evaluator : evaluators) {
            switch (evaluator.getName()) {
                case DIGIT_LOSS -> digitLoss = evaluator.getAccumulator(accumulator);
                case SUM_LOSS -> sumLoss = evaluator.getAccumulator(accumulator);
                case DIGIT_ACCURACY -> digitAccuracy = evaluator.getAccumulator(accumulator);
                case SUM_ACCURACY -> sumAccuracy = evaluator.getAccumulator(accumulator);
                default -> { } // the composite loss: the sum of the two above
            }
        }
        return new HeadMetrics(digitLoss, sumLoss, digitAccuracy, sumAccuracy);
    }

    private static Optimizer optimizer(TrainingConfig config, Tracker schedule, float rescaleGradient) {
        return switch (config.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(schedule)
                    .optWeightDecays(config.weightDecay()).setRescaleGrad(rescaleGradient).build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(schedule).optMomentum(0.9f)
                    .optWeightDecays(config.weightDecay()).setRescaleGrad(rescaleGradient).build();
        };
    }
}
