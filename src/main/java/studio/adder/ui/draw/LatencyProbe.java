package studio.adder.ui.draw;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures "pen lifted to bars laid out": the time from a stroke's end to the end of the first
 * layout pulse after its prediction reached the bars. UI thread only.
 */
public final class LatencyProbe {

    private final List<Double> samplesMillis = new ArrayList<>();
    private long strokeEndedAt = -1;

    /** The pen was lifted now. */
    public void strokeEnded() {
        strokeEndedAt = System.nanoTime();
    }

    /** The bars were just given new values; the sample is taken once the next pulse has laid them out. */
    public void barsUpdated(Scene scene) {
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
    public List<Double> samplesMillis() {
        return List.copyOf(samplesMillis);
    }
}
