package studio.adder.ui.train;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import studio.adder.train.FineTuneRecipe;
import studio.adder.train.FineTuning;
import studio.adder.train.TrainingConfig;

/**
 * The training tab's "teach it my handwriting" choices: start from a model (the drawing tab's or
 * another folder or archive), mix the user's examples into every batch and at what share, and the
 * preset that loads the fine-tuning settings into the form, where they stay editable.
 */
public final class FineTuneSettings {

    /** What a run should do beyond plain training, fixed when it starts. */
    record Choice(boolean startFromModel, Path otherModel, boolean mixExamples, double share) {}

    // ---- Properties ----

    private final BooleanProperty startFromModel = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Path> otherModel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper();
    private final BooleanProperty mixExamples = new SimpleBooleanProperty();
    private final StringProperty share = new SimpleStringProperty(Double.toString(FineTuning.DEFAULT_SHARE));
    private final ReadOnlyIntegerProperty examples;
    private final ReadOnlyStringWrapper examplesText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    /** Settings that count the user's examples with {@code examples} (the My digits total). */
    public FineTuneSettings(ReadOnlyIntegerProperty examples) {
        this.examples = examples;
        Observable[] inputs = {startFromModel, otherModel, mixExamples, share, examples};
        for (Observable input : inputs) {
            input.addListener(observable -> update());
        }
        update();
    }

    /** Start from a saved model's parameters instead of fresh ones. */
    public BooleanProperty startFromModelProperty() { return startFromModel; }
    /** The model to start from; null means the drawing tab's active model. */
    public ReadOnlyObjectProperty<Path> otherModelProperty() { return otherModel.getReadOnlyProperty(); }
    /** Which model a fine-tune starts from, in words. */
    public ReadOnlyStringProperty modelTextProperty() { return modelText.getReadOnlyProperty(); }
    /** Mix the user's examples into every batch. */
    public BooleanProperty mixExamplesProperty() { return mixExamples; }
    /** The examples' share of each batch, as typed. */
    public StringProperty shareProperty() { return share; }
    /** "My digits (N examples)". */
    public ReadOnlyStringProperty examplesTextProperty() { return examplesText.getReadOnlyProperty(); }
    /** What is wrong, or empty. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** Whether these choices can run. */
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    // ---- Commands ----

    /**
     * The fine-tuning preset: start from the drawing tab's model, mix in the examples when there
     * are any, and load {@link FineTuneRecipe}'s settings into {@code form}.
     */
    public void useFineTuneSettings(SettingsForm form) {
        TrainingConfig base = form.validProperty().get() ? form.toConfig()
                : TrainingConfig.defaultsFor(form.architectureProperty().get());
        form.load(FineTuneRecipe.from(TrainingConfig.defaultsFor(base.architecture()).toBuilder()
                .optSeed(base.seed()).build()));
        startFromModel.set(true);
        mixExamples.set(examples.get() > 0);
        share.set(Double.toString(FineTuning.DEFAULT_SHARE));
    }

    /** Starts from this folder or archive. */
    public void chooseModel(Path folderOrArchive) {
        otherModel.set(folderOrArchive);
        startFromModel.set(true);
    }

    /** Starts from the drawing tab's active model again. */
    public void useActiveModel() {
        otherModel.set(null);
    }

    /** The choices as they stand; only call while {@link #validProperty()} is true. */
    Choice choice() {
        return new Choice(startFromModel.get(), otherModel.get(), mixExamples.get(), parseShare());
    }

    private void update() {
        modelText.set(otherModel.get() == null ? "the Draw tab's model" : otherModel.get().getFileName().toString());
        examplesText.set("Mix in my digits (" + examples.get() + (examples.get() == 1 ? " example)" : " examples)"));
        String text = "";
        if (mixExamples.get()) {
            double value = parseShare();
            if (!(value > 0 && value < 1)) {
                text = "The examples' share of each batch must be a number above 0 and below 1, such as 0.25.";
            } else if (examples.get() == 0) {
                text = "There are no examples yet: correct a few drawings on the Draw tab first.";
            }
        }
        problem.set(text);
        valid.set(text.isEmpty());
    }

    private double parseShare() {
        try {
            return Double.parseDouble(share.get().strip().replace(',', '.').toLowerCase(Locale.ROOT));
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }
}
