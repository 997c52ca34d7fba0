package studio.adder.train;

/**
 * One thing wrong with a training configuration: which setting, and a sentence for the user.
 *
 * @param field the setting at fault, so a form can mark that field
 * @param message what is wrong and what is allowed, in words
 */
public record SettingsProblem(Field field, String message) {

    /** The settings of a {@link TrainingConfig}. */
    public enum Field {
        ARCHITECTURE,
        EPOCHS,
        BATCH_SIZE,
        OPTIMIZER,
        LEARNING_RATE,
        SCHEDULE,
        WEIGHT_DECAY,
        TRAINING_LIMIT,
        SEED
    }
}
