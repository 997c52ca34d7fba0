package studio.adder.ui.train;

import java.util.List;
import java.util.Map;

/**
 * Everything both charts show at one moment, already smoothed and downsampled: the view only
 * copies it into its series.
 *
 * @param axis what x counts
 * @param logLoss whether loss values are log10
 * @param zoomAccuracy whether the accuracy axis shows only the top (90-100%)
 * @param loss the loss chart's curves
 * @param accuracy the accuracy chart's curves, in percent
 */
public record ChartFrame(XAxisMode axis, boolean logLoss, boolean zoomAccuracy,
        Map<CurveKind, List<CurvePoint>> loss, Map<CurveKind, List<CurvePoint>> accuracy) {

    /** Freezes the maps. */
    public ChartFrame {
        loss = Map.copyOf(loss);
        accuracy = Map.copyOf(accuracy);
    }

    /** An empty frame for the given options. */
    static ChartFrame empty(XAxisMode axis, boolean logLoss, boolean zoomAccuracy) {
        return new ChartFrame(axis, logLoss, zoomAccuracy, Map.of(), Map.of());
    }

    /** Points of one curve of the loss chart; empty when absent. */
    public List<CurvePoint> lossCurve(CurveKind kind) {
        return loss.getOrDefault(kind, List.of());
    }

    /** Points of one curve of the accuracy chart; empty when absent. */
    public List<CurvePoint> accuracyCurve(CurveKind kind) {
        return accuracy.getOrDefault(kind, List.of());
    }
}
