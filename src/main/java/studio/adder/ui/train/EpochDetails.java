package studio.adder.ui.train;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.train.ConfusionMatrix;
import studio.adder.train.EpochResult;
import studio.adder.train.Mistake;

/** What the Train tab shows of the newest epoch's test pass: the digit head's confusion and the digits it misread. */
public final class EpochDetails {

    private final ReadOnlyObjectWrapper<ConfusionMatrix> confusion = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Mistake> mistakes = FXCollections.observableArrayList();
    // One read-only view, held here: a wrapper made per call would be collected with its listeners.
    private final ObservableList<Mistake> mistakesView = FXCollections.unmodifiableObservableList(mistakes);

    /** The digit head's confusion on the test set after the latest epoch; null before the first. */
    public ReadOnlyObjectProperty<ConfusionMatrix> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    /** Test images the latest epoch got wrong. */
    public ObservableList<Mistake> mistakes() {
        return mistakesView;
    }

    /** A new run: nothing to show yet. */
    void clear() {
        confusion.set(null);
        mistakes.clear();
    }

    /** Shows {@code epoch}'s test pass. */
    void show(EpochResult epoch) {
        confusion.set(epoch.test().digitConfusion());
        mistakes.setAll(epoch.test().mistakes());
    }
}
