package studio.adder.explain;

/**
 * The sum head measured against digit + number on test pairs: for each true sum 0-18, how many pairs had it and
 * how many the sum head answered wrongly.
 *
 * @param pairs pairs per true sum
 * @param wrong wrong answers per true sum
 */
public record SumErrors(int[] pairs, int[] wrong) {

    /** Copies the arrays. */
    public SumErrors {
        pairs = pairs.clone();
        wrong = wrong.clone();
    }

    @Override
    public int[] pairs() {
        return pairs.clone();
    }

    @Override
    public int[] wrong() {
        return wrong.clone();
    }

    /** The share of all pairs answered correctly. */
    public double accuracy() {
        int total = 0;
        int missed = 0;
        for (int s = 0; s < pairs.length; s++) {
            total += pairs[s];
            missed += wrong[s];
        }
        return total == 0 ? 0 : 1.0 - (double) missed / total;
    }
}
