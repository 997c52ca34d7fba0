package studio.adder.explain;

import studio.adder.data.MnistData;

/**
 * A 2-D map of the test images, placed by their penultimate-layer features, with what the model answered for each,
 * and how the sum head did on the same test pairs.
 *
 * @param x each image's first coordinate
 * @param y each image's second coordinate
 * @param labels each image's true digit
 * @param predicted the digit head's answer for each image
 * @param images the test images, for showing one under the pointer
 * @param sumErrors how often the sum head missed digit + number, per true sum
 * @param projection places a new image's features on the same map
 */
public record DigitMap(float[] x, float[] y, int[] labels, int[] predicted, MnistData images, SumErrors sumErrors,
        Pca projection) {

    /** Number of dots. */
    public int size() {
        return x.length;
    }

    /** Whether the digit head got image {@code i} wrong. */
    public boolean misclassified(int i) {
        return labels[i] != predicted[i];
    }

    /** The share of images the digit head got wrong. */
    public double errorRate() {
        int wrong = 0;
        for (int i = 0; i < size(); i++) {
            wrong += misclassified(i) ? 1 : 0;
        }
        return (double) wrong / size();
    }

    /** Where features from the same layer (a new drawing) fall on this map. */
    public float[] place(float[] features) {
        return projection.project(features);
    }
}
