package studio.adder.explain;

import java.util.Arrays;

/** Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations. */
final class SymmetricEigen {

    private static final int SWEEPS = 60;

    private SymmetricEigen() {}

    /**
     * Decomposes {@code matrix} (k x k, symmetric; overwritten) and returns its eigenvalues, largest first;
     * column c of {@code vectors} (k x k) receives the eigenvector of value c.
     */
    static double[] decompose(double[][] matrix, double[][] vectors) {
        int k = matrix.length;
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            double off = 0;
            double total = 0;
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    total += matrix[p][q] * matrix[p][q];
                    if (p != q) {
                        off += matrix[p][q] * matrix[p][q];
                    }
                }
            }
            if (off <= 1e-22 * Math.max(total, 1e-300)) {
                break;
            }
            for (int p = 0; p < k - 1; p++) {
                for (int q = p + 1; q < k; q++) {
                    if (Math.abs(matrix[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (matrix[q][q] - matrix[p][p]) / (2 * matrix[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int r = 0; r < k; r++) {
                        double rp = matrix[r][p];
                        double rq = matrix[r][q];
                        matrix[r][p] = c * rp - s * rq;
                        matrix[r][q] = s * rp + c * rq;
                    }
                    for (int r = 0; r < k; r++) {
                        double pr = matrix[p][r];
                        double qr = matrix[q][r];
                        matrix[p][r] = c * pr - s * qr;
                        matrix[q][r] = s * pr + c * qr;
                    }
                    for (int r = 0; r < k; r++) {
                        double rp = v[r][p];
                        double rq = v[r][q];
                        v[r][p] = c * rp - s * rq;
                        v[r][q] = s * rp + c * rq;
                    }
                }
            }
        }
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(matrix[b][b], matrix[a][a]));
        double[] values = new double[k];
        for (int c = 0; c < k; c++) {
            values[c] = matrix[order[c]][order[c]];
            for (int r = 0; r < k; r++) {
                vectors[r][c] = v[r][order[c]];
            }
        }
        return values;
    }
}
