package studio.adder.explain;

/**
 * The seed sum head's three bias-free dense layers multiplied into one 19x20 matrix: sum logits =
 * matrix x (10 digit logits, 10 one-hot number).
 *
 * @param matrix 19 rows (sums 0-18) x 20 columns (digit logits 0-9, then number 0-9), row-major
 */
public record LinearSumMap(float[] matrix) implements SumHeadView {

    /** Rows: the sums. */
    public static final int ROWS = 19;
    /** Columns: ten digit logits, then the ten one-hot number entries. */
    public static final int COLUMNS = 20;

    /** Why one linear map cannot add, for the view and the CLI. */
    public static final String WHY =
            "These three layers have no bias and nothing between them, so they are one 19x20 matrix: each sum's "
                    + "score is (a weight per digit logit) + (a weight for the number). Adding needs the score of "
                    + "sum s to peak where digit + number = s, an interaction of digit and number that no weighted "
                    + "sum of the two can make; the head can only guess the most likely sum for each part alone.";

    /** Checks the size and copies the matrix. */
    public LinearSumMap {
        if (matrix.length != ROWS * COLUMNS) {
            throw new IllegalArgumentException("The seed sum map is 19x20, not " + matrix.length + " values");
        }
        matrix = matrix.clone();
    }

    @Override
    public float[] matrix() {
        return matrix.clone();
    }

    /** The weight of column {@code column} in sum {@code row}'s score. */
    public float at(int row, int column) {
        return matrix[row * COLUMNS + column];
    }
}
