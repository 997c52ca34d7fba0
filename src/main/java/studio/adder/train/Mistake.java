package studio.adder.train;

/**
 * One test sample the model got wrong, with the 28x28 image it saw (0..1, not normalised).
 *
 * @param index position in the test set
 * @param digit true digit
 * @param number the number it was paired with
 * @param predictedDigit what the digit head said
 * @param predictedSum what the sum head said
 * @param pixels 784 values, row-major; a private copy
 */
public record Mistake(int index, int digit, int number, int predictedDigit, int predictedSum, float[] pixels) {

    /** Copies the pixels so the record stays immutable. */
    public Mistake {
        pixels = pixels.clone();
    }

    @Override
    public float[] pixels() {
        return pixels.clone();
    }

    /** The true sum. */
    public int sum() {
        return digit + number;
    }
}
