package studio.adder.explain;

import studio.adder.data.MnistData;

/**
 * What one pass of the test set through a model leaves for the map of all digits: each image's penultimate
 * features, its label and the digit head's answer, and the sum head's misses on the fixed test pairs. Plain Java:
 * the projections (PCA, t-SNE) run on it away from the engine thread.
 *
 * @param features one row of penultimate features per image, all of one length
 * @param labels each image's true digit
 * @param predicted the digit head's answer for each image
 * @param images the test images, in the same order
 * @param sumErrors how often the sum head missed digit + number, per true sum
 */
public record FeatureSet(float[][] features, int[] labels, int[] predicted, MnistData images, SumErrors sumErrors) {

    /** Number of images. */
    public int size() {
        return labels.length;
    }
}
