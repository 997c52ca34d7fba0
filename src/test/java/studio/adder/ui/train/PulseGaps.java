package studio.adder.ui.train;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Records the time between FX pulses: an AnimationTimer asks for a pulse every frame, so a long gap
 * means the FX thread was busy (layout, chart updates, our drain) for that long.
 */
final class PulseGaps extends AnimationTimer {

    private long[] gapsNanos = new long[4096];
    private int count;
    private long last;

    @Override
    public void handle(long now) {
        if (last != 0) {
            if (count == gapsNanos.length) {
                gapsNanos = Arrays.copyOf(gapsNanos, count * 2);
            }
            gapsNanos[count++] = now - last;
        }
        last = now;
    }

    /** Starts (again) without counting the time it was stopped as a gap. */
    @Override
    public void start() {
        last = 0;
        super.start();
    }

    /** The gap below which {@code fraction} of all gaps fall, in milliseconds. */
    double percentileMillis(double fraction) {
        long[] sorted = Arrays.copyOf(gapsNanos, count);
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] / 1e6;
    }

    int count() {
        return count;
    }
}
