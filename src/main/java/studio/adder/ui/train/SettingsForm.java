package studio.adder.ui.train;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import studio.adder.model.ArchitectureId;
import studio.adder.train.OptimizerKind;
import studio.adder.train.Schedule;
import studio.adder.train.SettingsProblem;
import studio.adder.train.SettingsProblem.Field;
import studio.adder.train.TrainingConfig;

/**
 * The run settings as the user types them: text fields stay text, every keystroke re-validates,
 * and each field can say what is wrong with it.
 */
public final class SettingsForm {

    // ---- Properties ----

    private final ObjectProperty<ArchitectureId> architecture = new SimpleObjectProperty<>();
    private final StringProperty epochs = new SimpleStringProperty();
    private final StringProperty batchSize = new SimpleStringProperty();
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>();
    private final StringProperty learningRate = new SimpleStringProperty();
    private final ObjectProperty<Schedule> schedule = new SimpleObjectProperty<>();
    private final StringProperty weightDecay = new SimpleStringProperty();
    private final BooleanProperty augment = new SimpleBooleanProperty();
    private final StringProperty trainingLimit = new SimpleStringProperty();
    private final StringProperty seed = new SimpleStringProperty();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final Map<Field, String> fieldProblems = new LinkedHashMap<>();

    /** A form holding the default architecture's settings. */
    public SettingsForm() {
        resetToDefaults();
        Observable[] inputs = {architecture, epochs, batchSize, optimizer, learningRate, schedule, weightDecay,
            augment, trainingLimit, seed};
        for (Observable input : inputs) {
            input.addListener(observable -> validate());
        }
        validate();
    }

    public ObjectProperty<ArchitectureId> architectureProperty() { return architecture; }
    public StringProperty epochsProperty() { return epochs; }
    public StringProperty batchSizeProperty() { return batchSize; }
    public ObjectProperty<OptimizerKind> optimizerProperty() { return optimizer; }
    public StringProperty learningRateProperty() { return learningRate; }
    public ObjectProperty<Schedule> scheduleProperty() { return schedule; }
    public StringProperty weightDecayProperty() { return weightDecay; }
    public BooleanProperty augmentProperty() { return augment; }
    public StringProperty trainingLimitProperty() { return trainingLimit; }
    public StringProperty seedProperty() { return seed; }

    /** Every problem in one human paragraph; empty when the settings can run. */
    public ReadOnlyStringProperty problemsProperty() { return problems.getReadOnlyProperty(); }

    /** Whether the settings can run. */
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    /** What is wrong with one field, if anything (for the field's decoration). */
    public Optional<String> problemOf(Field field) {
        return Optional.ofNullable(fieldProblems.get(field));
    }

    /** Architectures to choose from, the default first. */
    public List<ArchitectureId> architectures() {
        return List.of(ArchitectureId.values());
    }

    /** Optimisers to choose from. */
    public List<OptimizerKind> optimizers() {
        return List.of(OptimizerKind.values());
    }

    /** Learning-rate schedules to choose from. */
    public List<Schedule> schedules() {
        return List.of(Schedule.values());
    }

    // ---- Commands ----

    /** The default architecture with the settings it was designed for. */
    public void resetToDefaults() {
        load(TrainingConfig.defaultsFor(ArchitectureId.DEFAULT));
    }

    /** The seed notebook's network and settings: SGD, learning rate 0.01, constant, batch 256. */
    public void seedNotebookSettings() {
        load(TrainingConfig.defaultsFor(ArchitectureId.SEED));
    }

    /** Shows {@code config} in the form. */
    public void load(TrainingConfig config) {
        architecture.set(config.architecture());
        epochs.set(Integer.toString(config.epochs()));
        batchSize.set(Integer.toString(config.batchSize()));
        optimizer.set(config.optimizer());
        learningRate.set(number(config.learningRate()));
        schedule.set(config.schedule());
        weightDecay.set(number(config.weightDecay()));
        augment.set(config.augment());
        trainingLimit.set(Integer.toString(config.trainingLimit()));
        seed.set(Long.toString(config.seed()));
    }

    /** The settings as a run configuration; only call while {@link #validProperty()} is true. */
    public TrainingConfig toConfig() {
        return new TrainingConfig(architecture.get(), parseInt(epochs.get()), parseInt(batchSize.get()),
                optimizer.get(), parseFloat(learningRate.get()), schedule.get(), parseFloat(weightDecay.get()),
                augment.get(), parseInt(trainingLimit.get()), Long.parseLong(seed.get().strip()));
    }

    private void validate() {
        fieldProblems.clear();
        requireNumber(Field.EPOCHS, epochs.get(), "Epochs", true);
        requireNumber(Field.BATCH_SIZE, batchSize.get(), "Batch size", true);
        requireNumber(Field.LEARNING_RATE, learningRate.get(), "Learning rate", false);
        requireNumber(Field.WEIGHT_DECAY, weightDecay.get(), "Weight decay", false);
        requireNumber(Field.TRAINING_LIMIT, trainingLimit.get(), "Training subset size", true);
        requireNumber(Field.SEED, seed.get(), "Seed", true);
        List<String> messages = new ArrayList<>(fieldProblems.values());
        if (fieldProblems.isEmpty()) {
            // The core's own rules, so the form never accepts what the training loop refuses.
            for (SettingsProblem problem : toConfig().problems()) {
                messages.add(problem.message());
                fieldProblems.putIfAbsent(problem.field(), problem.message());
            }
        }
        problems.set(String.join(" ", messages));
        valid.set(messages.isEmpty());
    }

    private void requireNumber(Field field, String text, String name, boolean whole) {
        String value = text == null ? "" : text.strip();
        try {
            if (whole) {
                Long.parseLong(value);
                if (field != Field.SEED) {
                    Integer.parseInt(value);
                }
            } else if (!Double.isFinite(Float.parseFloat(value))) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            fieldProblems.put(field, value.isEmpty() ? name + " is empty."
                    : name + " must be " + (whole ? "a whole number" : "a number such as 0.001") + ", not '" + value + "'.");
        }
    }

    private static int parseInt(String text) {
        return Integer.parseInt(text.strip());
    }

    private static float parseFloat(String text) {
        return Float.parseFloat(text.strip());
    }

    private static String number(float value) {
        // 0.0005, not Float's 5.0E-4: fine-tuning rates are small.
        return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
    }
}
