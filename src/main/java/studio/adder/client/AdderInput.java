package studio.adder.client;

import studio.adder.preprocess.MnistPreprocessor;

/**
 * One question for the network: a 28x28 MNIST-style image and a number to add.
 *
 * @param pixels 784 values in 0..1, row-major, white ink on black (as {@link MnistPreprocessor}
 *     produces them; not yet normalised)
 * @param number the number 0-9 to add to the digit
 */
public record AdderInput(float[] pixels, int number) {

    /** Checks the sizes and copies the pixels so the record stays immutable. */
    public AdderInput {
        if (pixels.length != 28 * 28) {
            throw new IllegalArgumentException("An input image has 784 pixels (28x28), not " + pixels.length);
        }
        if (number < 0 || number > 9) {
            throw new IllegalArgumentException("The number must be 0-9, not " + number);
        }
        pixels = pixels.clone();
    }

    @Override
    public float[] pixels() {
        return pixels.clone();
    }
}
