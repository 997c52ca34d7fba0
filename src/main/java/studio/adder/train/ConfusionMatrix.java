package studio.adder.train;

/** An immutable 10x10 count of (true digit, predicted digit) pairs. */
public final class ConfusionMatrix {

    private final int[][] counts;

    /** Copies the given counts, indexed {@code [actual][predicted]}. */
    public ConfusionMatrix(int[][] counts) {
        this.counts = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            this.counts[i] = counts[i].clone();
        }
    }

    /** Number of classes along each side. */
    public int size() {
        return counts.length;
    }

    /** How often {@code actual} was predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** How many samples of class {@code actual} there were. */
    public int rowTotal(int actual) {
        int total = 0;
        for (int value : counts[actual]) {
            total += value;
        }
        return total;
    }

    /** The largest off-diagonal count, for scaling a heat map of errors. */
    public int maxError() {
        int max = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int p = 0; p < counts.length; p++) {
                if (a != p) {
                    max = Math.max(max, counts[a][p]);
                }
            }
        }
        return max;
    }
}
