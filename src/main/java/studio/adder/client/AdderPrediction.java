package studio.adder.client;

/**
 * Both heads' answers: a probability for each digit 0-9 and each sum 0-18.
 *
 * @param digitProbabilities 10 probabilities summing to 1
 * @param sumProbabilities 19 probabilities summing to 1
 */
public record AdderPrediction(float[] digitProbabilities, float[] sumProbabilities) {

    /** Copies the arrays so the record stays immutable. */
    public AdderPrediction {
        digitProbabilities = digitProbabilities.clone();
        sumProbabilities = sumProbabilities.clone();
    }

    @Override
    public float[] digitProbabilities() {
        return digitProbabilities.clone();
    }

    @Override
    public float[] sumProbabilities() {
        return sumProbabilities.clone();
    }

    /** The most likely digit. */
    public int digit() {
        return argMax(digitProbabilities);
    }

    /** The most likely sum. */
    public int sum() {
        return argMax(sumProbabilities);
    }

    /** The probability of the most likely digit. */
    public float digitConfidence() {
        return digitProbabilities[digit()];
    }

    /** The probability of the most likely sum. */
    public float sumConfidence() {
        return sumProbabilities[sum()];
    }

    private static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
