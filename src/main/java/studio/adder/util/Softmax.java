package studio.adder.util;

/** The softmax of logits already copied out of the engine, for a handful of classes. */
public final class Softmax {

    private Softmax() {}

    /** The probabilities of all {@code logits}. */
    public static float[] of(float[] logits) {
        return of(logits, 0, logits.length);
    }

    /**
     * The probabilities of {@code length} logits from {@code offset} (one row of a batch), shifted by
     * their maximum so that no exponent overflows.
     */
    public static float[] of(float[] logits, int offset, int length) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = offset; i < offset + length; i++) {
            max = Math.max(max, logits[i]);
        }
        double total = 0;
        double[] exps = new double[length];
        for (int i = 0; i < length; i++) {
            exps[i] = Math.exp(logits[offset + i] - max);
            total += exps[i];
        }
        float[] probabilities = new float[length];
        for (int i = 0; i < length; i++) {
            probabilities[i] = (float) (exps[i] / total);
        }
        return probabilities;
    }
}
