package studio.adder.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * The speed ceiling a network's arithmetic is compared with: how many GFLOP/s the engine's own
 * single-precision matrix multiply reaches on this machine, with the engine's threads.
 */
public final class MatMulCeiling {

    private MatMulCeiling() {}

    /**
     * What one measurement found.
     *
     * @param size side of the square matrices multiplied
     * @param bestGflops the fastest repetition
     * @param medianGflops the median repetition
     */
    public record Result(int size, double bestGflops, double medianGflops) {}

    /**
     * Multiplies two random {@code size} x {@code size} matrices {@code repeats} times after one
     * warm-up and converts each repetition's time to GFLOP/s (2 size^3 operations). Call it on
     * the engine thread.
     */
    public static Result measure(int size, int repeats) {
        double flops = 2.0 * size * size * size;
        double[] gflops = new double[repeats];
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.randomUniform(-1, 1, new Shape(size, size));
            NDArray b = manager.randomUniform(-1, 1, new Shape(size, size));
            multiply(a, b); // warm-up: first-call set-up and thread start
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                multiply(a, b);
                gflops[i] = flops / (System.nanoTime() - start);
            }
        }
        double[] sorted = gflops.clone();
        Arrays.sort(sorted);
        return new Result(size, sorted[sorted.length - 1], sorted[sorted.length / 2]);
    }

    private static void multiply(NDArray a, NDArray b) {
        try (NDArray product = a.matMul(b); NDArray corner = product.get("0,0")) {
            // Reading one value waits for the engine, which may compute asynchronously.
            corner.getFloat();
        }
    }
}
