package studio.adder.explain;

import studio.adder.data.MnistData;

/**
 * A 2-D map of test images, placed by their penultimate-layer features, with what the model answered for each,
 * and how the sum head did on the same test pairs.
 *
 * @param x each dot's first coordinate
 * @param y each dot's second coordinate
 * @param labels each dot's true digit
 * @param predicted the digit head's answer for each dot
 * @param sources each dot's index among the test images
 * @param images the test images, for showing one under the pointer
 * @param sumErrors how often the sum head missed digit + number, per true sum (over all test pairs passed)
 * @param projection how the dots were laid out
 * @param basis the subsample in 50 principal components, from which a t-SNE map is made and new drawings
 *     are placed
 * @param basisPlaces for a t-SNE map, each basis row's place on it (x then y); null for PCA
 */
public record DigitMap(float[] x, float[] y, int[] labels, int[] predicted, int[] sources, MnistData images,
        SumErrors sumErrors, MapProjection projection, MapBasis basis, float[][] basisPlaces) {

    /** Neighbours that place a new drawing on a t-SNE map. */
    static final int NEIGHBOURS = 10;

    /** Number of dots. */
    public int size() {
        return x.length;
    }

    /** Whether the digit head got dot {@code i} wrong. */
    public boolean misclassified(int i) {
        return labels[i] != predicted[i];
    }

    /** The share of dots the digit head got wrong. */
    public double errorRate() {
        int wrong = 0;
        for (int i = 0; i < size(); i++) {
            wrong += misclassified(i) ? 1 : 0;
        }
        return (double) wrong / size();
    }

    /** Copies dot {@code i}'s 28x28 image into {@code pixels}. */
    public void copyImage(int i, float[] pixels) {
        images.copyImage(sources[i], pixels, 0);
    }

    /**
     * Where features from the same layer (a new drawing) fall on this map. PCA projects them onto its two axes;
     * t-SNE has no formula for new points, so the drawing goes to the distance-weighted mean place of its
     * {@value #NEIGHBOURS} nearest test digits in feature space (50 principal components).
     */
    public float[] place(float[] features) {
        float[] reduced = basis.features().reduce(features);
        if (projection == MapProjection.PCA) {
            return new float[] {reduced[0], reduced[1]};
        }
        return basis.nearestPlace(reduced, basisPlaces, NEIGHBOURS);
    }
}
