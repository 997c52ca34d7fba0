package studio.adder.ui.train;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.adder.train.BatchProgress;
import studio.adder.train.RunOutcome;

/** Where the latest run stands, as the fraction and the words the status bar shows. */
public final class RunProgress {

    private static final String NONE = "–";

    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("Not started");
    private final ReadOnlyStringWrapper throughput = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(NONE);

    /** Fraction of the run done, 0..1; negative while data loads. */
    public ReadOnlyDoubleProperty fractionProperty() { return fraction.getReadOnlyProperty(); }
    /** Epoch and batch in words, or how the run ended. */
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
    /** Training images per second. */
    public ReadOnlyStringProperty throughputProperty() { return throughput.getReadOnlyProperty(); }
    /** Training time so far, pauses excluded. */
    public ReadOnlyStringProperty elapsedProperty() { return elapsed.getReadOnlyProperty(); }
    /** Training time still to go, estimated. */
    public ReadOnlyStringProperty etaProperty() { return eta.getReadOnlyProperty(); }

    /** A run is loading its data: the bar goes indeterminate. */
    void starting() {
        position.set("Starting");
        fraction.set(-1);
    }

    /** Shows the newest batch of the run. */
    void show(BatchProgress batch) {
        position.set(RunTexts.position(batch));
        throughput.set(RunTexts.throughput(batch.imagesPerSecond()));
        elapsed.set(RunTexts.duration(batch.elapsedSeconds()));
        eta.set(RunTexts.duration(batch.etaSeconds()));
        fraction.set(batch.runFraction());
    }

    /** Whatever the ending, the bar leaves its live state: full when done, empty otherwise. */
    void ended(RunOutcome.Status status) {
        boolean completed = status == RunOutcome.Status.COMPLETED;
        fraction.set(completed ? 1 : 0);
        eta.set(NONE);
        if (!completed) {
            position.set(status == RunOutcome.Status.STOPPED ? "Stopped" : "Ended early");
        }
    }
}
