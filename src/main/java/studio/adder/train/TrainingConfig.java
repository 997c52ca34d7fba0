package studio.adder.train;

import java.util.ArrayList;
import java.util.List;
import studio.adder.model.ArchitectureId;
import studio.adder.train.SettingsProblem.Field;

/**
 * Everything that defines a training run; recorded on the model card so a run can be repeated.
 * Build one with {@link #builder(ArchitectureId)}, which starts from the architecture's recipe.
 *
 * @param architecture which network to train
 * @param epochs passes over the training subset
 * @param batchSize images per batch
 * @param optimizer SGD (momentum 0.9) or Adam
 * @param learningRate peak learning rate
 * @param schedule how the learning rate moves over the run
 * @param weightDecay L2 penalty
 * @param augment random shifts, rotations and scaling of training images
 * @param trainingLimit how many training images to use; 0 means all
 * @param seed seeds initialisation order, shuffling, numbers and augmentation
 */
public record TrainingConfig(
        ArchitectureId architecture,
        int epochs,
        int batchSize,
        OptimizerKind optimizer,
        float learningRate,
        Schedule schedule,
        float weightDecay,
        boolean augment,
        int trainingLimit,
        long seed) {

    /** The settings {@code architecture} was designed for, on the full training set. */
    public static TrainingConfig defaultsFor(ArchitectureId architecture) {
        return builder(architecture).build();
    }

    /** A builder holding {@code architecture}'s recipe; override what you need with {@code optX}. */
    public static Builder builder(ArchitectureId architecture) {
        return Recipes.of(architecture).toBuilder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Every problem with this configuration, each tied to its setting; empty when it can run. */
    public List<SettingsProblem> problems() {
        List<SettingsProblem> problems = new ArrayList<>();
        if (architecture == null) {
            problems.add(new SettingsProblem(Field.ARCHITECTURE, "Choose an architecture: " + ArchitectureId.ids() + "."));
        }
        if (epochs < 1 || epochs > 1000) {
            problems.add(new SettingsProblem(Field.EPOCHS, "Epochs must be between 1 and 1000."));
        }
        if (batchSize < 1 || batchSize > 4096) {
            problems.add(new SettingsProblem(Field.BATCH_SIZE, "Batch size must be between 1 and 4096."));
        }
        if (optimizer == null) {
            problems.add(new SettingsProblem(Field.OPTIMIZER, "Choose an optimizer: " + OptimizerKind.ids() + "."));
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            problems.add(new SettingsProblem(Field.LEARNING_RATE, "Learning rate must be above 0 and at most 10."));
        }
        if (schedule == null) {
            problems.add(new SettingsProblem(Field.SCHEDULE, "Choose a schedule: " + Schedule.ids() + "."));
        }
        if (!(weightDecay >= 0 && weightDecay < 1)) {
            problems.add(new SettingsProblem(Field.WEIGHT_DECAY, "Weight decay must be at least 0 and below 1."));
        }
        if (trainingLimit < 0) {
            problems.add(new SettingsProblem(Field.TRAINING_LIMIT,
                    "The training subset size cannot be negative (0 means all images)."));
        }
        return problems;
    }

    /** Throws with every problem listed when the configuration cannot run. */
    public TrainingConfig validated() {
        List<SettingsProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ",
                    problems.stream().map(SettingsProblem::message).toList()));
        }
        return this;
    }

    /** A copy with another number of epochs. */
    public TrainingConfig withEpochs(int value) {
        return toBuilder().optEpochs(value).build();
    }

    /** A copy with another training subset size (0 = all). */
    public TrainingConfig withTrainingLimit(int value) {
        return toBuilder().optTrainingLimit(value).build();
    }

    /** Builds a {@link TrainingConfig}; every setting starts from a recipe, so each one is optional. */
    public static final class Builder {
        private ArchitectureId architecture;
        private int epochs;
        private int batchSize;
        private OptimizerKind optimizer;
        private float learningRate;
        private Schedule schedule;
        private float weightDecay;
        private boolean augment;
        private int trainingLimit;
        private long seed;

        private Builder(TrainingConfig start) {
            architecture = start.architecture;
            epochs = start.epochs;
            batchSize = start.batchSize;
            optimizer = start.optimizer;
            learningRate = start.learningRate;
            schedule = start.schedule;
            weightDecay = start.weightDecay;
            augment = start.augment;
            trainingLimit = start.trainingLimit;
            seed = start.seed;
        }

        /** Changes the architecture only; the other settings stay as they are. */
        public Builder optArchitecture(ArchitectureId value) { architecture = value; return this; }
        public Builder optEpochs(int value) { epochs = value; return this; }
        public Builder optBatchSize(int value) { batchSize = value; return this; }
        public Builder optOptimizer(OptimizerKind value) { optimizer = value; return this; }
        public Builder optLearningRate(float value) { learningRate = value; return this; }
        public Builder optSchedule(Schedule value) { schedule = value; return this; }
        public Builder optWeightDecay(float value) { weightDecay = value; return this; }
        public Builder optAugment(boolean value) { augment = value; return this; }
        /** How many training images to use; 0 means all. */
        public Builder optTrainingLimit(int value) { trainingLimit = value; return this; }
        public Builder optSeed(long value) { seed = value; return this; }

        /** The configuration; not validated (see {@link TrainingConfig#problems()}). */
        public TrainingConfig build() {
            return new TrainingConfig(architecture, epochs, batchSize, optimizer, learningRate, schedule,
                    weightDecay, augment, trainingLimit, seed);
        }
    }
}
