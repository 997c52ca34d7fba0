package studio.adder.explain;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Exact t-SNE (van der Maaten and Hinton, 2008), written here because the well-known Java implementation is GPL:
 * Gaussian neighbourhoods of a chosen perplexity in the input, a Student-t kernel in the plane, gradient descent
 * with early exaggeration, momentum and per-coordinate gains. Every pair counts in every step (no Barnes-Hut
 * approximation), so it is for a few thousand points: 2,000 take some seconds. Deterministic for a seed, and it
 * stops between steps when asked to.
 */
public final class Tsne {

    /** How many neighbours each point effectively has; 30 is the usual choice. */
    public static final double PERPLEXITY = 30;
    /** Steps in all, the exaggerated ones included. */
    public static final int STEPS = 750;

    private static final int EXAGGERATED_STEPS = 250;
    private static final double EXAGGERATION = 12;
    private static final double EARLY_MOMENTUM = 0.5;
    private static final double LATE_MOMENTUM = 0.8;
    private static final double LEARNING_RATE = 200;
    private static final double MIN_GAIN = 0.01;

    private Tsne() {}

    /**
     * Places {@code rows} in the plane.
     *
     * @param rows the points (e.g. 50 principal components each)
     * @param perplexity the effective number of neighbours; must be below the number of points
     * @param steps gradient steps (the first 250, or fewer when {@code steps} is small, exaggerated)
     * @param seed the start positions' seed: the same rows and seed give the same map
     * @param progress receives 0..1 as the steps go by
     * @param cancelled asked between steps; when it answers true the run ends with a {@link CancellationException}
     * @return x and y for each row: {@code [i][0]}, {@code [i][1]}
     */
    public static float[][] embed(float[][] rows, double perplexity, int steps, long seed, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        int n = rows.length;
        if (n < 4 || perplexity >= n - 1) {
            throw new IllegalArgumentException("t-SNE needs more points (" + n + ") than its perplexity (" + perplexity
                    + ") + 1");
        }
        float[] p = affinities(rows, perplexity, cancelled);
        progress.accept(0.05);
        double[] y = new double[2 * n];
        Random random = new Random(seed);
        for (int i = 0; i < 2 * n; i++) {
            y[i] = 1e-4 * random.nextGaussian();
        }
        double[] velocity = new double[2 * n];
        double[] gains = new double[2 * n];
        Arrays.fill(gains, 1);
        double[] gradient = new double[2 * n];
        float[] kernel = new float[n * n];
        int exaggerated = Math.min(EXAGGERATED_STEPS, steps / 3);
        for (int step = 0; step < steps; step++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("t-SNE was cancelled at step " + step);
            }
            double exaggeration = step < exaggerated ? EXAGGERATION : 1;
            double momentum = step < exaggerated ? EARLY_MOMENTUM : LATE_MOMENTUM;
            gradient(p, y, n, exaggeration, kernel, gradient);
            for (int i = 0; i < 2 * n; i++) {
                // Gains grow while the gradient keeps pointing against the motion, and shrink when it turns.
                boolean sameSign = (gradient[i] > 0) == (velocity[i] > 0);
                gains[i] = Math.max(MIN_GAIN, sameSign ? gains[i] * 0.8 : gains[i] + 0.2);
                velocity[i] = momentum * velocity[i] - LEARNING_RATE * gains[i] * gradient[i];
                y[i] += velocity[i];
            }
            centre(y, n);
            if (step % 10 == 9 || step == steps - 1) {
                progress.accept(0.05 + 0.95 * (step + 1) / steps);
            }
        }
        float[][] placed = new float[n][2];
        for (int i = 0; i < n; i++) {
            placed[i][0] = (float) y[2 * i];
            placed[i][1] = (float) y[2 * i + 1];
        }
        return placed;
    }

    /** The symmetric joint probabilities p_ij (n x n, row-major), each row's bandwidth set by binary search. */
    static float[] affinities(float[][] rows, double perplexity, BooleanSupplier cancelled) {
        int n = rows.length;
        float[] distances = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = 0;
                for (int c = 0; c < rows[i].length; c++) {
                    double diff = rows[i][c] - rows[j][c];
                    d += diff * diff;
                }
                distances[i * n + j] = (float) d;
                distances[j * n + i] = (float) d;
            }
        }
        double targetEntropy = Math.log(perplexity);
        float[] conditional = new float[n * n];
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            if (i % 100 == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("t-SNE was cancelled while measuring neighbourhoods");
            }
            double low = 0;
            double high = Double.POSITIVE_INFINITY;
            // Distances relative to the nearest neighbour keep exp() away from underflow for far-apart features.
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    nearest = Math.min(nearest, distances[i * n + j]);
                }
            }
            double spread = 0;
            for (int j = 0; j < n; j++) {
                spread += j == i ? 0 : distances[i * n + j] - nearest;
            }
            // Start the search at a bandwidth on the scale of the row's own distances.
            double beta = (n - 1) / Math.max(spread, 1e-12);
            for (int tries = 0; tries < 64; tries++) {
                double sum = 0;
                double weighted = 0;
                for (int j = 0; j < n; j++) {
                    row[j] = j == i ? 0 : Math.exp(-beta * (distances[i * n + j] - nearest));
                    sum += row[j];
                    weighted += row[j] * (distances[i * n + j] - nearest);
                }
                double entropy = Math.log(sum) + beta * weighted / sum;
                for (int j = 0; j < n; j++) {
                    row[j] /= sum;
                }
                double gap = entropy - targetEntropy;
                if (Math.abs(gap) < 1e-5) {
                    break;
                }
                if (gap > 0) { // too flat: narrow the Gaussian
                    low = beta;
                    beta = high == Double.POSITIVE_INFINITY ? beta * 2 : (beta + high) / 2;
                } else {
                    high = beta;
                    beta = (beta + low) / 2;
                }
            }
            for (int j = 0; j < n; j++) {
                conditional[i * n + j] = (float) row[j];
            }
        }
        float[] joint = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                joint[i * n + j] = (float) Math.max((conditional[i * n + j] + conditional[j * n + i]) / (2.0 * n),
                        1e-12);
            }
        }
        return joint;
    }

    /** The gradient of KL(P || Q) at {@code y}, into {@code gradient}; {@code kernel} is scratch (n x n). */
    private static void gradient(float[] p, double[] y, int n, double exaggeration, float[] kernel,
            double[] gradient) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            double xi = y[2 * i];
            double yi = y[2 * i + 1];
            for (int j = i + 1; j < n; j++) {
                double dx = xi - y[2 * j];
                double dy = yi - y[2 * j + 1];
                float q = (float) (1 / (1 + dx * dx + dy * dy));
                kernel[i * n + j] = q;
                total += 2 * q;
            }
        }
        Arrays.fill(gradient, 0);
        for (int i = 0; i < n; i++) {
            double xi = y[2 * i];
            double yi = y[2 * i + 1];
            for (int j = i + 1; j < n; j++) {
                double q = kernel[i * n + j];
                double force = 4 * (exaggeration * p[i * n + j] - q / total) * q;
                double fx = force * (xi - y[2 * j]);
                double fy = force * (yi - y[2 * j + 1]);
                gradient[2 * i] += fx;
                gradient[2 * i + 1] += fy;
                gradient[2 * j] -= fx;
                gradient[2 * j + 1] -= fy;
            }
        }
    }

    private static void centre(double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        mx /= n;
        my /= n;
        for (int i = 0; i < n; i++) {
            y[2 * i] -= mx;
            y[2 * i + 1] -= my;
        }
    }
}
