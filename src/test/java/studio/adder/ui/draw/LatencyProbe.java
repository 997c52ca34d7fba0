package studio.adder.ui.draw;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

/**
 * Measures "pen lifted to bars laid out": the time from a stroke's end to the end of the first
 * layout pulse after its prediction reached the bars. A test attaches it to the canvas and the
 * shown prediction from outside, so the view carries no probe. UI thread only.
 */
final class LatencyProbe {

    private final List<Double> samplesMillis = new ArrayList<>();
    private long strokeEndedAt = -1;
    private long lastStrokeEndedAt = -1;

    private LatencyProbe() {
    }

    /**
     * Starts measuring on {@code canvas} (the pen is lifted when the mouse is released over it) and
     * {@code display} (the prediction the view shows). Call on the FX thread after the view is built,
     * so that this listener runs after the view's own and the bars already hold the new values.
     */
    static LatencyProbe attach(Node canvas, ObservableValue<?> display) {
        LatencyProbe probe = new LatencyProbe();
        // A filter runs before the canvas's own handler, i.e. just before the stroke is handed on.
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> probe.strokeEnded());
        display.addListener((obs, old, now) -> {
            if (now != null) {
                probe.barsUpdated(canvas.getScene());
            }
        });
        return probe;
    }

    private void strokeEnded() {
        strokeEndedAt = System.nanoTime();
        lastStrokeEndedAt = strokeEndedAt;
    }

    /** When the pen was last lifted, in {@link System#nanoTime()}. */
    long strokeEndedNanos() {
        return lastStrokeEndedAt;
    }

    /** The bars were just given new values; the sample is taken once the next pulse has laid them out. */
    private void barsUpdated(Scene scene) {
        if (strokeEndedAt < 0 || scene == null) {
            return;
        }
        long started = strokeEndedAt;
        strokeEndedAt = -1;
        Runnable[] once = new Runnable[1];
        boolean[] taken = new boolean[1];
        once[0] = () -> {
            if (!taken[0]) {
                taken[0] = true;
                samplesMillis.add((System.nanoTime() - started) / 1e6);
                // The scene is iterating its listeners right now: remove this one after the pulse.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The samples taken so far, in milliseconds, oldest first. */
    List<Double> samplesMillis() {
        return List.copyOf(samplesMillis);
    }
}
