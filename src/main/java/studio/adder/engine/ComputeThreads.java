package studio.adder.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Narrows the engine thread's OpenMP team for a stretch of work, such as one batch-1 prediction.
 *
 * <p>Why: a 28x28 forward pass is a fraction of a millisecond of arithmetic, but with a team of
 * two OpenMP threads every operator ends at a barrier that waits for both. When the other core is
 * busy (a training batch, the FX thread, a garbage collection) the second thread is descheduled and
 * the barrier waits for the kernel's next time slice: measured, a batch-1 prediction's p99 went from
 * 876 ms under load to 76 ms on one thread (docs/benchmarks.md). OpenMP's thread count is per
 * calling thread, so this works where operators run on the caller: MXNet's synchronous
 * {@code NaiveEngine}, our default. Elsewhere (PyTorch, MXNet's threaded engines, no reachable
 * {@code libgomp}) a scope changes nothing.
 */
public final class ComputeThreads implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ComputeThreads.class);
    private static final ComputeThreads UNCHANGED = new ComputeThreads(null, 0);

    private static Optional<OpenMp> openMp;

    private final OpenMp library;
    private final int previous;

    private ComputeThreads(OpenMp library, int previous) {
        this.library = library;
        this.previous = previous;
    }

    /** The two calls of the OpenMP runtime we need; bound to the copy MXNet loaded. */
    interface OpenMp extends Library {
        void omp_set_num_threads(int threads);

        int omp_get_max_threads();
    }

    /**
     * Runs the calling thread's next OpenMP regions on one thread until {@link #close()}; use in
     * try-with-resources around engine work on the engine thread.
     */
    public static ComputeThreads singleThreaded() {
        Optional<OpenMp> library = runtime();
        if (library.isEmpty()) {
            return UNCHANGED;
        }
        int previous = library.get().omp_get_max_threads();
        if (previous == 1) {
            return UNCHANGED;
        }
        library.get().omp_set_num_threads(1);
        return new ComputeThreads(library.get(), previous);
    }

    /** The calling thread's OpenMP team size, or empty where no OpenMP runtime is reachable. */
    public static Optional<Integer> current() {
        return runtime().map(OpenMp::omp_get_max_threads);
    }

    /** Gives the calling thread back the team size it had before. */
    @Override
    public void close() {
        if (library != null) {
            library.omp_set_num_threads(previous);
        }
    }

    private static synchronized Optional<OpenMp> runtime() {
        if (openMp == null) {
            if (!EngineSetup.isRunning()) {
                return Optional.empty(); // ask again once the engine has loaded its libraries
            }
            openMp = EngineSetup.engine() == EngineChoice.MXNET
                    && NativeSettings.SYNCHRONOUS_ENGINE.equals(EngineSetup.mxnetEngineType())
                    ? bind() : Optional.empty();
        }
        return openMp;
    }

    /**
     * Binds to the {@code libgomp} already mapped into this process (MXNet brings its own copy);
     * loading it by name could find the system's copy, whose settings MXNet never reads.
     */
    private static Optional<OpenMp> bind() {
        Optional<Path> loaded = mappedLibrary("libgomp");
        if (loaded.isEmpty()) {
            LOG.info("No libgomp in this process; predictions keep the engine's full thread count");
            return Optional.empty();
        }
        try {
            return Optional.of(Native.load(loaded.get().toString(), OpenMp.class));
        } catch (UnsatisfiedLinkError e) {
            LOG.warn("Could not bind to {}; predictions keep the engine's full thread count", loaded.get(), e);
            return Optional.empty();
        }
    }

    private static Optional<Path> mappedLibrary(String prefix) {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(maps)) {
            return lines.map(line -> line.substring(line.indexOf('/') < 0 ? line.length() : line.indexOf('/')))
                    .filter(path -> !path.isEmpty())
                    .map(Path::of)
                    .filter(path -> path.getFileName().toString().startsWith(prefix))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
