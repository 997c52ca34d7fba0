package studio.adder.engine;

import ai.djl.util.cuda.CudaUtils;
import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the native libraries read once, when they load: thread counts, PyTorch's log level and
 * glibc's allocator settings. Everything here must happen before DJL loads an engine.
 */
final class NativeSettings {

    /** Environment variable and system property that override the thread count. */
    static final String THREADS_VARIABLE = "ADDER_THREADS";
    /** MXNet reads its engine type from this variable once, when its library loads. */
    static final String MXNET_ENGINE_VARIABLE = "MXNET_ENGINE_TYPE";
    /** MXNet's synchronous engine: each operation runs on the calling thread before the call returns. */
    static final String SYNCHRONOUS_ENGINE = "NaiveEngine";
    /** Set to {@code true} to keep freed memory in glibc's heap (see {@link #tuneAllocator}). */
    static final String TUNE_ALLOCATOR_PROPERTY = "adder.tuneAllocator";

    private static final Logger LOG = LoggerFactory.getLogger(NativeSettings.class);

    // mallopt parameters from glibc's malloc.h.
    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_MMAP_THRESHOLD = -3;

    private static String mxnetEngineType = "";

    private NativeSettings() {}

    /** C library calls that change what native code reads from the process. */
    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);

        int mallopt(int parameter, int value);
    }

    /**
     * Sets threads for {@code engine} and the settings that keep it quiet and steady; returns the
     * number of compute threads in use.
     */
    static int apply(EngineChoice engine) {
        CLibrary c;
        try {
            c = Native.load("c", CLibrary.class);
        } catch (UnsatisfiedLinkError e) {
            LOG.warn("Could not reach the C library; the engine keeps its own thread and allocator settings", e);
            return 1;
        }
        int threads = threads(c);
        if (engine == EngineChoice.MXNET) {
            chooseMxnetEngine(c);
        }
        if (engine == EngineChoice.PYTORCH) {
            // DJL's PyTorch engine reads these when it loads; one inter-op thread because our loop
            // runs one operator at a time, all intra-op threads for the operators themselves.
            System.setProperty("ai.djl.pytorch.num_threads",
                    System.getProperty("ai.djl.pytorch.num_threads", Integer.toString(threads)));
            System.setProperty("ai.djl.pytorch.num_interop_threads",
                    System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
            // The graph optimiser only concerns TorchScript models; we build our blocks in Java.
            System.setProperty("ai.djl.pytorch.graph_optimizer",
                    System.getProperty("ai.djl.pytorch.graph_optimizer", "false"));
            // c10 warnings (NNPACK's "Unsupported hardware" on CPUs it does not know, once per
            // convolution call) go to stderr; errors still surface as exceptions.
            c.setenv("TORCH_CPP_LOG_LEVEL", "ERROR", 0);
        }
        if (Boolean.getBoolean(TUNE_ALLOCATOR_PROPERTY)) {
            tuneAllocator(c);
        }
        return threads;
    }

    /** MXNet's engine type in this process ({@code NaiveEngine}, or what the environment chose); empty before MXNet. */
    static String mxnetEngineType() {
        return mxnetEngineType;
    }

    /**
     * Runs MXNet on its synchronous {@code NaiveEngine} unless {@code MXNET_ENGINE_TYPE} says
     * otherwise or more than one GPU is present. Our loop already waits for every batch (it reads
     * the losses), so the threaded engine's overlap wins nothing, while its hand-offs to worker
     * threads cost about a fifth of compact's training time and add latency to each prediction
     * (docs/benchmarks.md). Several GPUs are the exception: only the threaded engine computes a
     * split batch's parts on them at the same time.
     */
    private static void chooseMxnetEngine(CLibrary c) {
        String given = System.getenv(MXNET_ENGINE_VARIABLE);
        if (given != null && !given.isBlank()) {
            mxnetEngineType = given.trim();
            return;
        }
        if (CudaUtils.getGpuCount() > 1) {
            mxnetEngineType = "ThreadedEnginePerDevice";
            return;
        }
        c.setenv(MXNET_ENGINE_VARIABLE, SYNCHRONOUS_ENGINE, 0);
        mxnetEngineType = SYNCHRONOUS_ENGINE;
    }

    /**
     * Keeps freed tensor memory in the heap instead of returning it to the kernel: glibc maps
     * large blocks one by one and trims the heap eagerly, so a training step that frees and
     * reallocates the same activations pays page faults on every batch.
     */
    private static void tuneAllocator(CLibrary c) {
        int mmapThreshold = 32 << 20; // glibc's maximum for 64-bit: blocks below it come from the heap
        int trimThreshold = 1 << 30;
        if (c.mallopt(M_MMAP_THRESHOLD, mmapThreshold) != 1 || c.mallopt(M_TRIM_THRESHOLD, trimThreshold) != 1) {
            LOG.warn("glibc refused the allocator settings; the engine may slow down during long epochs");
        }
    }

    private static int threads(CLibrary c) {
        String override = System.getProperty(THREADS_VARIABLE, System.getenv(THREADS_VARIABLE));
        String fromEnvironment = System.getenv("OMP_NUM_THREADS");
        if ((override == null || override.isBlank()) && fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Integer.parseInt(fromEnvironment.trim().split(",")[0]);
        }
        int threads = override != null && !override.isBlank()
                ? parseThreads(override) : Runtime.getRuntime().availableProcessors();
        threads = Math.max(1, threads);
        // OpenMP (MXNet's and PyTorch's) reads these when the library loads; MXNet alone would use one.
        c.setenv("OMP_NUM_THREADS", Integer.toString(threads), 1);
        c.setenv("MKL_NUM_THREADS", Integer.toString(threads), 1);
        return threads;
    }

    private static int parseThreads(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(THREADS_VARIABLE + " must be a whole number of threads, not '"
                    + text + "'.");
        }
    }
}
