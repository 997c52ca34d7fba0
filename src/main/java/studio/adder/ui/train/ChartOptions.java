package studio.adder.ui.train;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the training charts draw the runs (the x axis, smoothing, log-scale loss, zoomed accuracy,
 * an earlier run to overlay) and the frame they show now. A change of option redraws at once; new
 * points of the run are drawn when the pump asks.
 */
public final class ChartOptions {

    private final ObjectProperty<XAxisMode> xAxis = new SimpleObjectProperty<>(XAxisMode.BATCH);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0.6);
    private final BooleanProperty logLoss = new SimpleBooleanProperty();
    private final BooleanProperty zoomAccuracy = new SimpleBooleanProperty();
    private final ObjectProperty<RunHistory> comparedRun = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ChartFrame> frame =
            new ReadOnlyObjectWrapper<>(ChartFrame.empty(XAxisMode.BATCH, false, false));
    private final Supplier<RunHistory> current;
    private boolean runChanged;

    /** @param current the run drawn, null before the first */
    ChartOptions(Supplier<RunHistory> current) {
        this.current = current;
        xAxis.addListener(o -> redraw());
        smoothing.addListener(o -> redraw());
        logLoss.addListener(o -> redraw());
        zoomAccuracy.addListener(o -> redraw());
        comparedRun.addListener(o -> redraw());
    }

    /** Batches, epochs or training seconds along the x axis. */
    public ObjectProperty<XAxisMode> xAxisProperty() { return xAxis; }
    /** Smoothing weight 0..0.99 of the training curves. */
    public DoubleProperty smoothingProperty() { return smoothing; }
    /** Whether the loss axis is logarithmic. */
    public BooleanProperty logLossProperty() { return logLoss; }
    /** Whether the accuracy axis shows only 90-100 %. */
    public BooleanProperty zoomAccuracyProperty() { return zoomAccuracy; }
    /** An earlier run drawn under the current one, or null. */
    public ObjectProperty<RunHistory> comparedRunProperty() { return comparedRun; }
    /** What the charts show now. */
    public ReadOnlyObjectProperty<ChartFrame> frameProperty() { return frame.getReadOnlyProperty(); }

    /** The run has new points (or is a new run); {@link #redrawIfRunChanged()} will draw them. */
    void runChanged() {
        runChanged = true;
    }

    /** Draws the run's new points, if it has any since the last frame. */
    void redrawIfRunChanged() {
        if (runChanged) {
            redraw();
        }
    }

    /** Draws the current run under these options now. */
    void redraw() {
        runChanged = false;
        frame.set(ChartFrames.build(current.get(), comparedRun.get(), xAxis.get(),
                Math.max(0, Math.min(0.99, smoothing.get())), logLoss.get(), zoomAccuracy.get()));
    }
}
