package studio.adder.model;

/**
 * Hyperparameters an architecture trains well with; users may override each one.
 *
 * @param optimizer "sgd" (with momentum 0.9) or "adam"
 * @param learningRate peak learning rate
 * @param schedule "constant", "cosine" or "one-cycle"
 * @param batchSize images per batch
 * @param epochs passes over the training set
 * @param augment whether training images get small random shifts, rotations and scaling
 * @param weightDecay L2 penalty applied by the optimiser
 * @param seed random seed of initialisation, shuffling, numbers and augmentation
 */
public record TrainingDefaults(
        String optimizer,
        float learningRate,
        String schedule,
        int batchSize,
        int epochs,
        boolean augment,
        float weightDecay,
        long seed) {}
