package studio.adder.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The speed ceiling a network's arithmetic is compared with: how many GFLOP/s the engine's fastest
 * single-precision matrix multiply reaches on this machine, with the engine's threads.
 *
 * <p>Two kernels are timed because an engine may carry two matrix multiplies of very different
 * speed. MXNet's {@code matMul} goes to the OpenBLAS it bundles, while its dense layer (and every
 * convolution) goes to oneDNN; on an AVX-512 AMD EPYC the first read 71-85 GFLOP/s and the second
 * 182-194 (docs/benchmarks.md), so a ceiling from {@code matMul} alone sat below the convolutions'
 * own speed and made the floor meaningless.
 */
public final class MatMulCeiling {

    /** The engine's NDArray matrix product (BLAS in MXNet's build). */
    public static final String MAT_MUL = "matMul";
    /** The engine's dense layer, {@code x W^T} (oneDNN's inner product in MXNet's build). */
    public static final String LINEAR = "linear";

    private MatMulCeiling() {}

    /**
     * What one measurement found: the fastest kernel's figures, and each kernel's.
     *
     * @param size side of the square matrices multiplied
     * @param kernel the kernel that reached the best repetition
     * @param bestGflops the fastest repetition of that kernel
     * @param medianGflops its median repetition
     * @param kernels every kernel's figures, in the order timed
     */
    public record Result(int size, String kernel, double bestGflops, double medianGflops, List<Kernel> kernels) {}

    /**
     * One kernel's figures.
     *
     * @param name {@link #MAT_MUL} or {@link #LINEAR}
     * @param bestGflops the fastest repetition
     * @param medianGflops the median repetition
     */
    public record Kernel(String name, double bestGflops, double medianGflops) {}

    /**
     * Multiplies two random {@code size} x {@code size} matrices {@code repeats} times with each
     * kernel after one warm-up and converts each repetition's time to GFLOP/s (2 size^3
     * operations). Call it on the engine thread.
     */
    public static Result measure(int size, int repeats) {
        List<Kernel> kernels = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.randomUniform(-1, 1, new Shape(size, size));
            NDArray b = manager.randomUniform(-1, 1, new Shape(size, size));
            kernels.add(time(MAT_MUL, NDArray::matMul, a, b, repeats));
            kernels.add(time(LINEAR, (x, w) -> Linear.linear(x, w, null).singletonOrThrow(), a, b, repeats));
        }
        Kernel fastest = kernels.stream().max(Comparator.comparingDouble(Kernel::bestGflops)).orElseThrow();
        return new Result(size, fastest.name(), fastest.bestGflops(), fastest.medianGflops(), List.copyOf(kernels));
    }

    private static Kernel time(String name, BiFunction<NDArray, NDArray, NDArray> kernel, NDArray a, NDArray b,
            int repeats) {
        int size = (int) a.getShape().get(0);
        double flops = 2.0 * size * size * size;
        double[] gflops = new double[repeats];
        multiply(kernel, a, b); // warm-up: first-call set-up and thread start
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            multiply(kernel, a, b);
            gflops[i] = flops / (System.nanoTime() - start);
        }
        Arrays.sort(gflops);
        return new Kernel(name, gflops[gflops.length - 1], gflops[gflops.length / 2]);
    }

    private static void multiply(BiFunction<NDArray, NDArray, NDArray> kernel, NDArray a, NDArray b) {
        try (NDArray product = kernel.apply(a, b); NDArray corner = product.get("0,0")) {
            // Reading one value waits for the engine, which may compute asynchronously.
            corner.getFloat();
        }
    }
}
