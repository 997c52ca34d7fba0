package studio.adder.ui.draw;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.preprocess.Stroke;

/**
 * The drawing as a list of strokes with undo and redo. A clear is one undoable step, so an
 * accidental Delete never loses a drawing.
 */
final class StrokeHistory {

    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final ObservableList<Stroke> readOnlyStrokes = FXCollections.unmodifiableObservableList(strokes);
    private final Deque<List<Stroke>> undoStates = new ArrayDeque<>();
    private final Deque<List<Stroke>> redoStates = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    ObservableList<Stroke> strokes() {
        return readOnlyStrokes;
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    void add(Stroke stroke) {
        remember();
        strokes.add(stroke);
    }

    /** Empties the drawing; returns false when there was nothing to clear. */
    boolean clear() {
        if (strokes.isEmpty()) {
            return false;
        }
        remember();
        strokes.clear();
        return true;
    }

    /** Forgets everything, undo included: an opened picture replaces the drawing for good. */
    void reset() {
        undoStates.clear();
        redoStates.clear();
        strokes.clear();
        refreshFlags();
    }

    boolean undo() {
        return step(undoStates, redoStates);
    }

    boolean redo() {
        return step(redoStates, undoStates);
    }

    private boolean step(Deque<List<Stroke>> from, Deque<List<Stroke>> to) {
        if (from.isEmpty()) {
            return false;
        }
        to.push(List.copyOf(strokes));
        strokes.setAll(from.pop());
        refreshFlags();
        return true;
    }

    private void remember() {
        undoStates.push(List.copyOf(strokes));
        redoStates.clear();
        refreshFlags();
    }

    private void refreshFlags() {
        canUndo.set(!undoStates.isEmpty());
        canRedo.set(!redoStates.isEmpty());
    }
}
