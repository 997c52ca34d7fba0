package studio.adder.ui.train;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.engine.EngineOption;
import studio.adder.train.TrainingService;
import studio.adder.ui.common.BackgroundRunner;

/**
 * The engine choice of the training form: lists the engines of this build, marks the running one,
 * and saves another choice for the next start (an engine loads once per process).
 */
public final class EngineChoiceModel {

    private final BackgroundRunner runner;
    private final TrainingService training;
    private EngineOption running;
    private boolean loading;

    // ---- Properties ----

    private final ObservableList<EngineOption> engines = FXCollections.observableArrayList();
    private final ObservableList<EngineOption> enginesView = FXCollections.unmodifiableObservableList(engines);
    private final ObjectProperty<EngineOption> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    EngineChoiceModel(BackgroundRunner runner, TrainingService training) {
        this.runner = runner;
        this.training = training;
        selected.addListener((o, old, choice) -> {
            if (!loading && choice != null && old != null && !choice.equals(old)) {
                choose(choice);
            }
        });
        runner.run(training::engines, this::offer, error -> note.set("Engines: unknown (" + error.getMessage() + ")"));
    }

    /** The engines of this build; one missing from it is listed with the reason. */
    public ObservableList<EngineOption> engines() { return enginesView; }
    /** The engine the form shows: the running one, or the one saved for the next start. */
    public ObjectProperty<EngineOption> selectedProperty() { return selected; }
    /** When a new choice applies, or why it cannot; empty while the running engine is selected. */
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }

    // ---- Commands ----

    private void offer(List<EngineOption> options) {
        loading = true;
        engines.setAll(options);
        running = options.stream().filter(EngineOption::running).findFirst().orElse(null);
        selected.set(running);
        // The device line already names the running engine; the note speaks only of changes and problems.
        note.set(running == null || !running.note().startsWith("The saved engine") ? "" : running.note());
        loading = false;
    }

    private void choose(EngineOption choice) {
        if (!choice.usable()) {
            note.set(choice.label() + " cannot be chosen: " + choice.note() + ".");
            loading = true;
            selected.set(running);
            loading = false;
            return;
        }
        runner.run(() -> {
            training.saveEngineForNextStart(choice.id());
            return choice;
        }, saved -> note.set(saved.running() ? ""
                : saved.label() + " is saved. " + saved.note() + " This session keeps "
                        + (running == null ? "its engine" : running.label()) + "."),
                error -> note.set("Could not save the engine choice: " + error.getMessage()));
    }
}
