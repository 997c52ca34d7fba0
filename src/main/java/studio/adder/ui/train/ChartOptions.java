package studio.adder.ui.train;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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

    /** The shortest time between two frames drawn for new batches alone. */
    static final long BATCH_REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final ObjectProperty<XAxisMode> xAxis = new SimpleObjectProperty<>(XAxisMode.BATCH);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0.6);
    private final BooleanProperty logLoss = new SimpleBooleanProperty();
    private final BooleanProperty zoomAccuracy = new SimpleBooleanProperty();
    private final ObjectProperty<RunHistory> comparedRun = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ChartFrame> frame =
            new ReadOnlyObjectWrapper<>(ChartFrame.empty(XAxisMode.BATCH, false, false));
    private final Supplier<RunHistory> current;
    private final LongSupplier clock;
    private boolean batchesAdded;
    private boolean epochAdded;
    private long lastRedraw;

    /** @param current the run drawn, null before the first */
    ChartOptions(Supplier<RunHistory> current) {
        this(current, System::nanoTime);
    }

    /** @param clock nanoseconds, for the pace of redraws for new batches */
    ChartOptions(Supplier<RunHistory> current, LongSupplier clock) {
        this.current = current;
        this.clock = clock;
        lastRedraw = clock.getAsLong() - BATCH_REDRAW_NANOS;
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

    /** The run has new batch points; a {@link #redrawIfRunChanged()} at least half a second after the last frame draws them. */
    void batchesAdded() {
        batchesAdded = true;
    }

    /** The run has a new test or examples point; the next {@link #redrawIfRunChanged()} draws it. */
    void epochAdded() {
        epochAdded = true;
    }

    /**
     * Draws the run's new points, if it has any since the last frame: new epochs at once, new batches at most
     * twice a second. Rebuilding the charts is the window's dearest work during a run, and on two cores every
     * millisecond of it is taken from training, while a curve of hundreds of batches looks no less live.
     */
    void redrawIfRunChanged() {
        if (epochAdded || batchesAdded && clock.getAsLong() - lastRedraw >= BATCH_REDRAW_NANOS) {
            redraw();
        }
    }

    /** Draws whatever the run added since the last frame now, at the end of a run. */
    void flush() {
        if (epochAdded || batchesAdded) {
            redraw();
        }
    }

    /** Draws the current run under these options now. */
    void redraw() {
        batchesAdded = false;
        epochAdded = false;
        lastRedraw = clock.getAsLong();
        frame.set(ChartFrames.build(current.get(), comparedRun.get(), xAxis.get(),
                Math.max(0, Math.min(0.99, smoothing.get())), logLoss.get(), zoomAccuracy.get()));
    }
}
