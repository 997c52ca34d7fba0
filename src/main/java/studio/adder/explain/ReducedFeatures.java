package studio.adder.explain;

import java.util.Random;

/**
 * Long feature vectors brought down to their first few principal components by a randomized range finder:
 * multiply by a random matrix, sharpen with one power step, orthonormalise, then solve the small problem exactly.
 * About three passes over the data instead of one per component and iteration, which makes 50 components of
 * 2,000 rows of 2,400 values take well under a second. Deterministic for a seed. t-SNE starts from these
 * coordinates, and a new drawing is brought into the same space to find its neighbours.
 */
public final class ReducedFeatures {

    private static final int OVERSAMPLE = 10;

    private final float[] mean;
    /** {@code dims} directions, each as long as a feature row. */
    private final float[][] components;
    /** Each row's coordinates along the components. */
    private final float[][] coordinates;

    private ReducedFeatures(float[] mean, float[][] components, float[][] coordinates) {
        this.mean = mean;
        this.components = components;
        this.coordinates = coordinates;
    }

    /** The first {@code dims} principal components of {@code rows} and each row's coordinates along them. */
    public static ReducedFeatures of(float[][] rows, int dims, long seed) {
        int n = rows.length;
        int width = rows[0].length;
        int k = Math.min(Math.min(n, width), dims + OVERSAMPLE);
        float[] mean = new float[width];
        for (float[] row : rows) {
            for (int j = 0; j < width; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < width; j++) {
            mean[j] /= n;
        }
        float[][] centred = new float[n][width];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                centred[i][j] = rows[i][j] - mean[j];
            }
        }
        Random random = new Random(seed);
        float[][] omega = new float[k][width];
        for (float[] column : omega) {
            for (int j = 0; j < width; j++) {
                column[j] = (float) random.nextGaussian();
            }
        }
        // Y = X omega (n x k), then one power step Y = X (X^T Y) so the leading directions stand out more.
        double[][] y = times(centred, omega);
        orthonormalise(y);
        float[][] back = transposeTimes(centred, y, width);
        y = times(centred, back);
        orthonormalise(y);
        // B = Q^T X (k x width); the eigenvectors of B B^T (k x k) give the components of X.
        float[][] b = transposeTimes(centred, y, width);
        double[][] gram = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int c = a; c < k; c++) {
                double dot = 0;
                for (int j = 0; j < width; j++) {
                    dot += (double) b[a][j] * b[c][j];
                }
                gram[a][c] = dot;
                gram[c][a] = dot;
            }
        }
        double[][] vectors = new double[k][k];
        double[] values = SymmetricEigen.decompose(gram, vectors);
        int kept = Math.min(dims, k);
        float[][] components = new float[kept][width];
        for (int c = 0; c < kept; c++) {
            double norm = Math.sqrt(Math.max(values[c], 1e-30));
            for (int a = 0; a < k; a++) {
                float weight = (float) (vectors[a][c] / norm);
                for (int j = 0; j < width; j++) {
                    components[c][j] += weight * b[a][j];
                }
            }
        }
        float[][] coordinates = new float[n][kept];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < kept; c++) {
                coordinates[i][c] = (float) dot(centred[i], components[c]);
            }
        }
        return new ReducedFeatures(mean, components, coordinates);
    }

    /** Number of rows reduced. */
    public int size() {
        return coordinates.length;
    }

    /** Number of components kept. */
    public int dims() {
        return components.length;
    }

    /** Row {@code i}'s coordinates (a copy). */
    public float[] row(int i) {
        return coordinates[i].clone();
    }

    /** Row {@code i}'s coordinates, not copied: for the neighbour search only. */
    float[] rowView(int i) {
        return coordinates[i];
    }

    /** Every row's coordinates, for t-SNE (copies). */
    public float[][] rows() {
        float[][] copy = new float[coordinates.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = coordinates[i].clone();
        }
        return copy;
    }

    /** A new feature row (e.g. the current drawing's) in the same coordinates. */
    public float[] reduce(float[] features) {
        float[] centred = new float[features.length];
        for (int j = 0; j < features.length; j++) {
            centred[j] = features[j] - mean[j];
        }
        float[] reduced = new float[components.length];
        for (int c = 0; c < components.length; c++) {
            reduced[c] = (float) dot(centred, components[c]);
        }
        return reduced;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    /** {@code rows} (n x width) times each of {@code columns} (k rows of width): n x k. */
    private static double[][] times(float[][] rows, float[][] columns) {
        double[][] out = new double[rows.length][columns.length];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < columns.length; c++) {
                out[i][c] = dot(rows[i], columns[c]);
            }
        }
        return out;
    }

    /** X^T Q as k rows of width: row c is the sum of X's rows weighted by column c of Q. */
    private static float[][] transposeTimes(float[][] rows, double[][] q, int width) {
        int k = q[0].length;
        float[][] out = new float[k][width];
        for (int i = 0; i < rows.length; i++) {
            float[] row = rows[i];
            for (int c = 0; c < k; c++) {
                float weight = (float) q[i][c];
                float[] target = out[c];
                for (int j = 0; j < width; j++) {
                    target[j] += weight * row[j];
                }
            }
        }
        return out;
    }

    /** Modified Gram-Schmidt on the columns of {@code y} (n x k), in place. */
    private static void orthonormalise(double[][] y) {
        int n = y.length;
        int k = y[0].length;
        for (int c = 0; c < k; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += y[i][c] * y[i][p];
                }
                for (int i = 0; i < n; i++) {
                    y[i][c] -= dot * y[i][p];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += y[i][c] * y[i][c];
            }
            double scale = norm < 1e-30 ? 0 : 1 / Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                y[i][c] *= scale;
            }
        }
    }
}
