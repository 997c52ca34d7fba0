package studio.adder.ui.train;

import java.util.ArrayList;
import java.util.List;

/** Smoothing and downsampling of chart curves, as TensorBoard users expect them. */
final class CurveMath {

    private CurveMath() {}

    /**
     * De-biased exponential moving average: early points are not dragged towards zero, because
     * each value is divided by the weight the average has accumulated so far.
     *
     * @param weight 0 keeps the raw values, values close to 1 smooth heavily
     */
    static double[] smooth(double[] values, double weight) {
        double[] smoothed = new double[values.length];
        double average = 0;
        double accumulated = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                smoothed[i] = values[i];
                continue;
            }
            average = average * weight + (1 - weight) * values[i];
            accumulated = accumulated * weight + (1 - weight);
            smoothed[i] = average / accumulated;
        }
        return smoothed;
    }

    /**
     * Largest-Triangle-Three-Buckets: picks {@code threshold} points that keep the curve's shape,
     * so charts stay fast however many batches a run has.
     */
    static List<CurvePoint> downsample(double[] xs, double[] ys, int threshold) {
        int size = xs.length;
        List<CurvePoint> picked = new ArrayList<>(Math.min(size, threshold));
        if (threshold >= size || threshold < 3) {
            for (int i = 0; i < size; i++) {
                picked.add(new CurvePoint(xs[i], ys[i]));
            }
            return picked;
        }
        double bucketWidth = (size - 2) / (double) (threshold - 2);
        int anchor = 0;
        picked.add(new CurvePoint(xs[0], ys[0]));
        for (int bucket = 0; bucket < threshold - 2; bucket++) {
            int nextStart = (int) Math.floor((bucket + 1) * bucketWidth) + 1;
            int nextEnd = Math.min((int) Math.floor((bucket + 2) * bucketWidth) + 1, size);
            double averageX = 0;
            double averageY = 0;
            for (int i = nextStart; i < nextEnd; i++) {
                averageX += xs[i];
                averageY += ys[i];
            }
            int nextCount = Math.max(1, nextEnd - nextStart);
            averageX /= nextCount;
            averageY /= nextCount;
            int start = (int) Math.floor(bucket * bucketWidth) + 1;
            int end = (int) Math.floor((bucket + 1) * bucketWidth) + 1;
            double largestArea = -1;
            int chosen = start;
            for (int i = start; i < end; i++) {
                double area = Math.abs((xs[anchor] - averageX) * (ys[i] - ys[anchor])
                        - (xs[anchor] - xs[i]) * (averageY - ys[anchor]));
                if (area > largestArea) {
                    largestArea = area;
                    chosen = i;
                }
            }
            picked.add(new CurvePoint(xs[chosen], ys[chosen]));
            anchor = chosen;
        }
        picked.add(new CurvePoint(xs[size - 1], ys[size - 1]));
        return picked;
    }
}
