package studio.adder.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts MXNet the way this app needs it: with a known number of compute threads and on the
 * best device that actually works, and says which device runs and why.
 */
public final class EngineSetup {

    /** Environment variable and system property that override the thread count. */
    public static final String THREADS_VARIABLE = "ADDER_THREADS";

    private static final Logger LOG = LoggerFactory.getLogger(EngineSetup.class);
    private static final String GPU_REQUIREMENT =
            "MXNet 1.9.1 GPU builds need CUDA 11.2 and a GPU of compute capability 8.6 or lower";

    private static EngineInfo info;
    private static List<DeviceOption> deviceOptions;

    private EngineSetup() {}

    /** C library calls used to set the environment before MXNet's OpenMP runtime reads it. */
    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * Configures threads and starts the engine once; later calls return the same answer.
     *
     * <p>Must run before anything else touches DJL: OpenMP reads {@code OMP_NUM_THREADS} when
     * MXNet's library is loaded, and MXNet alone would use a single thread on this machine.
     */
    public static synchronized EngineInfo start() {
        if (info == null) {
            int threads = configureThreads();
            Engine engine = Engine.getInstance();
            deviceOptions = probeDevices(engine, threads);
            DeviceChoice choice = chooseDevice(engine.getGpuCount(), deviceOptions);
            info = new EngineInfo(engine.getEngineName(), engine.getVersion(), choice.device(),
                    choice.explanation(), threads);
            LOG.info("{} {} on {} with {} threads", info.engineName(), info.engineVersion(),
                    choice.explanation(), threads);
        }
        return info;
    }

    /**
     * Every device DJL reports, plus the CPU, each tested once when the engine starts; GPUs first.
     * A GPU that is present but unusable with this build is listed, disabled, with the reason.
     */
    public static synchronized List<DeviceOption> deviceOptions() {
        start();
        return deviceOptions;
    }

    private static List<DeviceOption> probeDevices(Engine engine, int threads) {
        List<DeviceOption> options = new ArrayList<>();
        for (Device device : engine.getDevices()) {
            if (device.isGpu()) {
                boolean works = worksOn(device);
                options.add(new DeviceOption("gpu" + device.getDeviceId(), "GPU " + device.getDeviceId(), works,
                        works ? "" : "failed a test computation; " + GPU_REQUIREMENT));
            }
        }
        if (options.isEmpty() && hasNvidiaDevice()) {
            options.add(new DeviceOption("gpu0", "NVIDIA GPU", false,
                    "this MXNet build has no CUDA support; " + GPU_REQUIREMENT));
        }
        options.add(new DeviceOption("cpu", "CPU", true, threads + " threads"));
        return List.copyOf(options);
    }

    /** The DJL device for an id from {@link #deviceOptions()}, refusing unusable ones in words. */
    public static Device device(String id) {
        DeviceOption option = deviceOptions().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown device '" + id + "'. This machine offers: "
                        + deviceOptions().stream().map(DeviceOption::id).collect(Collectors.joining(", ")) + "."));
        if (!option.usable()) {
            throw new IllegalArgumentException(option.label() + " cannot be used: " + option.note() + ".");
        }
        return device(option);
    }

    private static Device device(DeviceOption option) {
        return "cpu".equals(option.id()) ? Device.cpu() : Device.gpu(Integer.parseInt(option.id().substring(3)));
    }

    private static boolean worksOn(Device device) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            manager.ones(new ai.djl.ndarray.types.Shape(2, 2)).sum().getFloat();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("{} failed a test computation", device, e);
            return false;
        }
    }

    private static int configureThreads() {
        String override = System.getProperty(THREADS_VARIABLE, System.getenv(THREADS_VARIABLE));
        String fromEnvironment = System.getenv("OMP_NUM_THREADS");
        int threads;
        if (override != null && !override.isBlank()) {
            threads = Integer.parseInt(override.trim());
        } else if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Integer.parseInt(fromEnvironment.trim().split(",")[0]);
        } else {
            threads = Runtime.getRuntime().availableProcessors();
        }
        threads = Math.max(1, threads);
        try {
            CLibrary c = Native.load("c", CLibrary.class);
            c.setenv("OMP_NUM_THREADS", Integer.toString(threads), 1);
            c.setenv("MKL_NUM_THREADS", Integer.toString(threads), 1);
        } catch (UnsatisfiedLinkError e) {
            LOG.warn("Could not set OMP_NUM_THREADS; MXNet may use a single thread", e);
            return 1;
        }
        return threads;
    }

    private record DeviceChoice(Device device, String explanation) {}

    /** The first working GPU, else the CPU with the reason no GPU is used. */
    private static DeviceChoice chooseDevice(int gpuCount, List<DeviceOption> options) {
        DeviceOption first = options.get(0);
        if (first.usable() && !"cpu".equals(first.id())) {
            return new DeviceChoice(device(first), first.label() + " (" + gpuCount + " found)");
        }
        if ("cpu".equals(first.id())) {
            return new DeviceChoice(Device.cpu(), "CPU (no GPU found)");
        }
        String why = gpuCount > 0 ? "a GPU was found but " : "an NVIDIA GPU is present but ";
        return new DeviceChoice(Device.cpu(), "CPU (" + why + first.note() + ")");
    }

    private static boolean hasNvidiaDevice() {
        return new java.io.File("/dev/nvidia0").exists()
                || new java.io.File("/proc/driver/nvidia/version").exists();
    }

    /**
     * What runs the network.
     *
     * @param engineName e.g. MXNet
     * @param engineVersion the native library's version
     * @param device the device used for training and prediction
     * @param deviceExplanation the device in words, with the reason when a GPU is not used
     * @param threads compute threads
     */
    public record EngineInfo(String engineName, String engineVersion, Device device,
            String deviceExplanation, int threads) {

        /** One line for status bars and logs. */
        public String summary() {
            return String.format(Locale.ROOT, "%s %s · %s · %d thread%s", engineName, engineVersion,
                    deviceExplanation, threads, threads == 1 ? "" : "s");
        }
    }
}
