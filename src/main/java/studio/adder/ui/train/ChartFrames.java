package studio.adder.ui.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns run histories and chart options into a {@link ChartFrame}. */
final class ChartFrames {

    /** Points drawn per curve at most; the raw points stay in the history. */
    static final int MAX_POINTS = 500;

    private ChartFrames() {}

    static ChartFrame build(RunHistory current, RunHistory compared, XAxisMode axis, double smoothing,
            boolean logLoss, boolean zoomAccuracy) {
        Map<CurveKind, List<CurvePoint>> loss = new EnumMap<>(CurveKind.class);
        Map<CurveKind, List<CurvePoint>> accuracy = new EnumMap<>(CurveKind.class);
        if (current != null) {
            addRun(current, axis, smoothing, logLoss, loss, accuracy, false);
        }
        if (compared != null && compared != current) {
            addRun(compared, axis, smoothing, logLoss, loss, accuracy, true);
        }
        return new ChartFrame(axis, logLoss, zoomAccuracy, loss, accuracy);
    }

    private static void addRun(RunHistory run, XAxisMode axis, double smoothing, boolean logLoss,
            Map<CurveKind, List<CurvePoint>> loss, Map<CurveKind, List<CurvePoint>> accuracy, boolean compared) {
        double[] xs = run.batchXs(axis);
        for (HeadMetric metric : HeadMetric.values()) {
            Map<CurveKind, List<CurvePoint>> target = metric.isAccuracy() ? accuracy : loss;
            boolean log = logLoss && !metric.isAccuracy();
            double[] raw = scaled(run.batchValues(metric), log);
            double[] smoothed = CurveMath.smooth(raw, smoothing);
            boolean digit = metric.isDigitHead();
            if (compared) {
                target.put(digit ? CurveKind.DIGIT_COMPARED : CurveKind.SUM_COMPARED,
                        CurveMath.downsample(xs, smoothed, MAX_POINTS));
                continue;
            }
            if (smoothing > 0) {
                target.put(digit ? CurveKind.DIGIT_RAW : CurveKind.SUM_RAW, CurveMath.downsample(xs, raw, MAX_POINTS));
            }
            target.put(digit ? CurveKind.DIGIT_TRAIN : CurveKind.SUM_TRAIN,
                    CurveMath.downsample(xs, smoothed, MAX_POINTS));
            List<CurvePoint> tests = new ArrayList<>();
            for (CurvePoint point : run.testPoints(metric, axis)) {
                tests.add(log ? new CurvePoint(point.x(), log10(point.y())) : point);
            }
            target.put(digit ? CurveKind.DIGIT_TEST : CurveKind.SUM_TEST, tests);
            if (metric.isAccuracy()) {
                target.put(digit ? CurveKind.DIGIT_EXAMPLES : CurveKind.SUM_EXAMPLES, run.examplesPoints(metric, axis));
            }
        }
    }

    private static double[] scaled(double[] values, boolean log) {
        if (!log) {
            return values;
        }
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = log10(values[i]);
        }
        return result;
    }

    // A loss of exactly 0 would be -infinity on a log axis; clamp it to a tiny positive value.
    private static double log10(double value) {
        return Math.log10(Math.max(value, 1e-6));
    }
}
