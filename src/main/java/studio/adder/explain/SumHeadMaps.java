package studio.adder.explain;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sum head's weights once and builds its view: the compact head's 10x10 grid with each cell's vote,
 * or the seed head's three dense layers multiplied into one matrix.
 */
final class SumHeadMaps {

    private final int[] votes;
    private final float[] linearMap;

    SumHeadMaps(List<LayerWalk.Leaf> sumLeaves) {
        List<float[][]> weights = new ArrayList<>();
        for (LayerWalk.Leaf leaf : sumLeaves) {
            if (leaf.block() instanceof Linear) {
                weights.add(matrix(leaf.block().getParameters().get("weight").getArray()));
            }
        }
        boolean outerProduct = sumLeaves.get(0).name().contains("outer");
        if (outerProduct && weights.size() == 1) {
            votes = votes(weights.get(0));
            linearMap = null;
        } else if (!outerProduct && !weights.isEmpty()) {
            float[][] product = weights.get(weights.size() - 1);
            for (int i = weights.size() - 2; i >= 0; i--) {
                product = multiply(product, weights.get(i));
            }
            votes = null;
            linearMap = flatten(product);
        } else {
            throw new IllegalArgumentException("This sum head has a shape the Inside view does not know");
        }
    }

    SumHeadView view(float[] digitProbabilities, int number) {
        if (votes == null) {
            return new LinearSumMap(linearMap);
        }
        float[] cells = new float[100];
        for (int d = 0; d < 10; d++) {
            cells[d * 10 + number] = digitProbabilities[d];
        }
        return new CompactSumGrid(cells, number, votes);
    }

    /** For each of the 100 grid inputs, the sum whose weight on it is largest. */
    private static int[] votes(float[][] weights) {
        int[] votes = new int[weights[0].length];
        for (int cell = 0; cell < votes.length; cell++) {
            int best = 0;
            for (int sum = 1; sum < weights.length; sum++) {
                if (weights[sum][cell] > weights[best][cell]) {
                    best = sum;
                }
            }
            votes[cell] = best;
        }
        return votes;
    }

    private static float[][] matrix(NDArray weight) {
        long[] shape = weight.getShape().getShape();
        float[] flat = weight.toFloatArray();
        float[][] rows = new float[(int) shape[0]][(int) shape[1]];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(flat, r * rows[r].length, rows[r], 0, rows[r].length);
        }
        return rows;
    }

    private static float[][] multiply(float[][] a, float[][] b) {
        float[][] product = new float[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    product[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return product;
    }

    private static float[] flatten(float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * rows[r].length, rows[r].length);
        }
        return flat;
    }
}
