package studio.adder.explain;

/**
 * The compact sum head's input made visible: the 10x10 grid of digit probabilities (rows) times the one-hot
 * number (columns), so only the number's column is lit, and for each cell the sum its dense layer votes for.
 *
 * @param cells 100 values, row d and column n at {@code d * 10 + n}: P(digit d) when n is the number, else 0
 * @param number the lit column
 * @param votes 100 sums 0-18: the class whose dense weight for that cell is largest
 */
public record CompactSumGrid(float[] cells, int number, int[] votes) implements SumHeadView {

    /** Copies the arrays so the record stays immutable. */
    public CompactSumGrid {
        cells = cells.clone();
        votes = votes.clone();
    }

    @Override
    public float[] cells() {
        return cells.clone();
    }

    @Override
    public int[] votes() {
        return votes.clone();
    }

    /** How many cells vote for their true sum, row + column (100 for a head that has learnt to add). */
    public int cellsThatAdd() {
        int count = 0;
        for (int d = 0; d < 10; d++) {
            for (int n = 0; n < 10; n++) {
                count += votes[d * 10 + n] == d + n ? 1 : 0;
            }
        }
        return count;
    }
}
