package studio.adder.train;

import ai.djl.training.tracker.CosineTracker;
import ai.djl.training.tracker.Tracker;

/**
 * Builds DJL learning-rate trackers for the schedules users can pick. Cosine is DJL's own
 * {@link CosineTracker}. One-cycle stays ours: its warm-up rises along a cosine from peak/25, and
 * DJL's {@code WarmUpTracker} warms up only linearly or at a constant rate, which would change the
 * default recipe's figures.
 */
public final class LearningRateSchedules {

    /** Share of the run spent warming up in the one-cycle schedule. */
    private static final double WARM_UP_SHARE = 0.25;
    /** One-cycle starts at peak/25 (as in Smith's paper) and ends near zero. */
    private static final double START_DIVISOR = 25;
    private static final double END_DIVISOR = 1e3;

    private LearningRateSchedules() {}

    /**
     * A tracker for {@code schedule}.
     *
     * @param peak the highest learning rate
     * @param totalUpdates optimiser steps in the whole run
     */
    public static Tracker create(Schedule schedule, float peak, int totalUpdates) {
        int total = Math.max(1, totalUpdates);
        return switch (schedule) {
            case CONSTANT -> Tracker.fixed(peak);
            case COSINE -> {
                Tracker cosine = CosineTracker.builder().setBaseValue(peak).optFinalValue(peak / (float) END_DIVISOR)
                        .setMaxUpdates(total).build();
                // DJL's optimisers count the first update as 1; every schedule here gives it the peak.
                yield update -> cosine.getNewValue(Math.max(0, update - 1));
            }
            case ONE_CYCLE -> update -> oneCycle(peak, progress(update, total));
        };
    }

    private static double progress(int update, int total) {
        return Math.min(1.0, Math.max(0, update - 1) / (double) total);
    }

    private static float oneCycle(float peak, double progress) {
        if (progress < WARM_UP_SHARE) {
            return (float) cosine(peak, peak / START_DIVISOR, 1 - progress / WARM_UP_SHARE);
        }
        double down = (progress - WARM_UP_SHARE) / (1 - WARM_UP_SHARE);
        return (float) cosine(peak, peak / END_DIVISOR, down);
    }

    /** Cosine interpolation from {@code high} (progress 0) to {@code low} (progress 1). */
    private static double cosine(double high, double low, double progress) {
        return low + (high - low) * (1 + Math.cos(Math.PI * progress)) / 2;
    }
}
