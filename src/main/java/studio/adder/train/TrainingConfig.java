package studio.adder.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.adder.model.Architecture;
import studio.adder.model.Architectures;
import studio.adder.model.TrainingDefaults;

/**
 * Everything that defines a training run; recorded on the model card so a run can be repeated.
 *
 * @param architecture architecture id, e.g. "compact" or "seed"
 * @param epochs passes over the training subset
 * @param batchSize images per batch
 * @param optimizer "sgd" (momentum 0.9) or "adam"
 * @param learningRate peak learning rate
 * @param schedule "constant", "cosine" or "one-cycle"
 * @param weightDecay L2 penalty
 * @param augment random shifts, rotations and scaling of training images
 * @param trainingLimit how many training images to use; 0 means all
 * @param seed seeds initialisation order, shuffling, numbers and augmentation
 */
public record TrainingConfig(
        String architecture,
        int epochs,
        int batchSize,
        String optimizer,
        float learningRate,
        String schedule,
        float weightDecay,
        boolean augment,
        int trainingLimit,
        long seed) {

    /** Optimisers the loop knows. */
    public static final List<String> OPTIMIZERS = List.of("sgd", "adam");
    /** Learning-rate schedules the loop knows. */
    public static final List<String> SCHEDULES = List.of("constant", "cosine", "one-cycle");

    /** The settings the architecture was designed for, on the full training set. */
    public static TrainingConfig defaultsFor(Architecture architecture) {
        TrainingDefaults d = architecture.defaults();
        return new TrainingConfig(
                architecture.id(),
                d.epochs(),
                d.batchSize(),
                d.optimizer(),
                d.learningRate(),
                d.schedule(),
                d.weightDecay(),
                d.augment(),
                0,
                d.seed());
    }

    /** The human problems with this configuration; empty when it can run. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            Architectures.byId(architecture);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (epochs < 1 || epochs > 1000) {
            problems.add("Epochs must be between 1 and 1000.");
        }
        if (batchSize < 1 || batchSize > 4096) {
            problems.add("Batch size must be between 1 and 4096.");
        }
        if (!OPTIMIZERS.contains(optimizer.toLowerCase(Locale.ROOT))) {
            problems.add("Optimizer must be one of " + OPTIMIZERS + ".");
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            problems.add("Learning rate must be above 0 and at most 10.");
        }
        if (!SCHEDULES.contains(schedule.toLowerCase(Locale.ROOT))) {
            problems.add("Schedule must be one of " + SCHEDULES + ".");
        }
        if (!(weightDecay >= 0 && weightDecay < 1)) {
            problems.add("Weight decay must be at least 0 and below 1.");
        }
        if (trainingLimit < 0) {
            problems.add("The training subset size cannot be negative (0 means all images).");
        }
        return problems;
    }

    /** Throws with every problem listed when the configuration cannot run. */
    public TrainingConfig validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return this;
    }

    /** A copy with another number of epochs. */
    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(architecture, value, batchSize, optimizer, learningRate, schedule,
                weightDecay, augment, trainingLimit, seed);
    }

    /** A copy with another training subset size (0 = all). */
    public TrainingConfig withTrainingLimit(int value) {
        return new TrainingConfig(architecture, epochs, batchSize, optimizer, learningRate, schedule,
                weightDecay, augment, value, seed);
    }
}
