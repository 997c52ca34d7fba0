package studio.adder.explain;

import java.util.Arrays;

/**
 * A deterministic subsample of the mapped test images in their first 50 principal components: what t-SNE lays
 * out, and the space in which a new drawing finds its nearest test digits.
 *
 * @param features the subsample's reduced features (and the way to reduce new ones)
 * @param labels each subsample image's true digit
 * @param predicted the digit head's answer for each
 * @param sources each one's index among the test images
 */
public record MapBasis(ReducedFeatures features, int[] labels, int[] predicted, int[] sources) {

    /** Number of images in the subsample. */
    public int size() {
        return labels.length;
    }

    /** The distance-weighted mean of the places of the {@code k} rows nearest {@code reduced}. */
    float[] nearestPlace(float[] reduced, float[][] places, int k) {
        int count = Math.min(k, size());
        int[] nearest = new int[count];
        double[] distances = new double[count];
        Arrays.fill(distances, Double.POSITIVE_INFINITY);
        for (int i = 0; i < size(); i++) {
            float[] row = features.rowView(i);
            double d = 0;
            for (int c = 0; c < reduced.length; c++) {
                double diff = row[c] - reduced[c];
                d += diff * diff;
            }
            if (d < distances[count - 1]) {
                int at = count - 1;
                while (at > 0 && distances[at - 1] > d) {
                    distances[at] = distances[at - 1];
                    nearest[at] = nearest[at - 1];
                    at--;
                }
                distances[at] = d;
                nearest[at] = i;
            }
        }
        double x = 0;
        double y = 0;
        double total = 0;
        for (int n = 0; n < count; n++) {
            double weight = 1 / (Math.sqrt(distances[n]) + 1e-6);
            x += weight * places[nearest[n]][0];
            y += weight * places[nearest[n]][1];
            total += weight;
        }
        return new float[] {(float) (x / total), (float) (y / total)};
    }
}
