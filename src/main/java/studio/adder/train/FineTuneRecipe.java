package studio.adder.train;

import studio.adder.model.ArchitectureId;

/**
 * Settings for teaching a trained model the user's handwriting: one short epoch at a low
 * learning rate decaying to zero (cosine), so the examples are learned while what MNIST taught
 * stays. For {@code compact} these are the measured settings (Adam 0.0005, batches of 128); for
 * {@code seed}, an eighth of its recipe's rate. Augmentation, optimiser and weight decay are the
 * architecture's; users may change each setting.
 */
public final class FineTuneRecipe {

    /** MNIST images per fine-tuning epoch: half the training set (measured: a quarter kept 0.02 points less of MNIST test accuracy). */
    public static final int MNIST_IMAGES = 30_000;
    /** Batch size of the measured compact fine-tune: a quarter of it, 32, are the user's examples. */
    static final int COMPACT_BATCH = 128;
    /** Peak learning rate of the measured compact fine-tune. */
    static final float COMPACT_LEARNING_RATE = 0.0005f;
    /** Other architectures fine-tune at their recipe's rate divided by this. */
    static final float LEARNING_RATE_DIVISOR = 8f;

    private FineTuneRecipe() {}

    /** The fine-tuning settings for the architecture of {@code base}, keeping its seed. */
    public static TrainingConfig from(TrainingConfig base) {
        TrainingConfig recipe = TrainingConfig.defaultsFor(base.architecture());
        TrainingConfig.Builder builder = recipe.toBuilder()
                .optSeed(base.seed())
                .optEpochs(1)
                .optSchedule(Schedule.COSINE)
                .optTrainingLimit(MNIST_IMAGES);
        if (base.architecture() == ArchitectureId.COMPACT) {
            builder.optBatchSize(COMPACT_BATCH).optLearningRate(COMPACT_LEARNING_RATE);
        } else {
            builder.optLearningRate(recipe.learningRate() / LEARNING_RATE_DIVISOR);
        }
        return builder.build();
    }
}
