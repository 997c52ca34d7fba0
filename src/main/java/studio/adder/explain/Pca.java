package studio.adder.explain;

import java.util.Random;

/**
 * Principal component analysis by power iteration: the few directions along which many long feature vectors
 * spread most, found without forming their covariance matrix (2,400 x 2,400 for the compact network).
 * Deterministic for a seed, so the map of all digits looks the same each time it is drawn.
 */
public final class Pca {

    private static final int ITERATIONS = 60;

    private final float[] mean;
    private final float[][] components;

    private Pca(float[] mean, float[][] components) {
        this.mean = mean;
        this.components = components;
    }

    /** Finds the first {@code count} principal components of {@code rows} (all of one length). */
    public static Pca fit(float[][] rows, int count, long seed) {
        int width = rows[0].length;
        float[] mean = new float[width];
        for (float[] row : rows) {
            for (int j = 0; j < width; j++) {
                mean[j] += row[j] / rows.length;
            }
        }
        float[][] components = new float[count][];
        Random random = new Random(seed);
        double[] scores = new double[rows.length];
        for (int c = 0; c < count; c++) {
            float[] direction = new float[width];
            for (int j = 0; j < width; j++) {
                direction[j] = (float) random.nextGaussian();
            }
            for (int iteration = 0; iteration < ITERATIONS; iteration++) {
                orthogonalise(direction, components, c);
                normalise(direction);
                // direction <- X^T (X direction), X the centred rows
                for (int i = 0; i < rows.length; i++) {
                    scores[i] = centredDot(rows[i], mean, direction);
                }
                float[] next = new float[width];
                for (int i = 0; i < rows.length; i++) {
                    float[] row = rows[i];
                    float score = (float) scores[i];
                    for (int j = 0; j < width; j++) {
                        next[j] += score * (row[j] - mean[j]);
                    }
                }
                direction = next;
            }
            orthogonalise(direction, components, c);
            normalise(direction);
            components[c] = direction;
        }
        return new Pca(mean, components);
    }

    /** The coordinates of {@code row} along the components. */
    public float[] project(float[] row) {
        float[] coordinates = new float[components.length];
        for (int c = 0; c < components.length; c++) {
            coordinates[c] = (float) centredDot(row, mean, components[c]);
        }
        return coordinates;
    }

    private static double centredDot(float[] row, float[] mean, float[] direction) {
        double dot = 0;
        for (int j = 0; j < row.length; j++) {
            dot += (row[j] - mean[j]) * direction[j];
        }
        return dot;
    }

    private static void orthogonalise(float[] direction, float[][] found, int count) {
        for (int c = 0; c < count; c++) {
            double dot = 0;
            for (int j = 0; j < direction.length; j++) {
                dot += direction[j] * found[c][j];
            }
            for (int j = 0; j < direction.length; j++) {
                direction[j] -= (float) dot * found[c][j];
            }
        }
    }

    private static void normalise(float[] direction) {
        double norm = 0;
        for (float value : direction) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < direction.length; j++) {
            direction[j] *= scale;
        }
    }
}
