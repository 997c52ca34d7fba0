package studio.adder.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.util.cuda.CudaUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the devices an engine can use, tests each with a small computation, and says in words
 * why a GPU that is present cannot be used with this engine and build.
 */
final class DeviceProbe {

    /** Why MXNet 1.9.1 cannot use today's GPUs. */
    static final String MXNET_GPU_REQUIREMENT = "MXNet 1.9.1 GPU builds need CUDA 11.2 and a GPU of compute"
            + " capability 8.6 or lower, and their natives are not bundled; choose the PyTorch engine"
            + " (a -Pcuda build) for this GPU";
    /** What PyTorch 2.7.1's CUDA build needs from the machine. */
    static final String PYTORCH_GPU_REQUIREMENT = "PyTorch 2.7.1's CUDA 12.8 build needs an NVIDIA driver"
            + " 525.60 or newer";

    /** The id of the option that trains on every usable GPU at once. */
    static final String ALL_GPUS = "gpus";

    private static final Logger LOG = LoggerFactory.getLogger(DeviceProbe.class);
    private static final Path DRIVER_VERSION = Path.of("/proc/driver/nvidia/version");
    private static final Pattern DRIVER_NUMBER = Pattern.compile("Kernel Module\\s+(?:for \\S+\\s+)?(\\d+\\.\\d+(?:\\.\\d+)?)");

    private DeviceProbe() {}

    /** Every device of {@code engine}, GPUs first, each tested; the CPU is always last and usable. */
    static List<DeviceOption> probe(Engine engine, EngineChoice choice, int threads) {
        List<DeviceOption> options = new ArrayList<>();
        int gpus = engine.getGpuCount();
        for (int id = 0; id < gpus; id++) {
            Device gpu = Device.gpu(id);
            Optional<String> failure = testComputation(gpu);
            options.add(new DeviceOption("gpu" + id, "GPU " + id, failure.isEmpty(),
                    failure.map(why -> "failed a test computation (" + why + "); " + requirement(choice))
                            .orElse(computeCapability(id))));
        }
        long usable = options.stream().filter(DeviceOption::usable).count();
        if (usable >= 2) {
            // DJL splits each batch across the GPUs and sums their gradients: one machine, all its GPUs.
            options.add(0, new DeviceOption(ALL_GPUS, "All " + usable + " GPUs", true,
                    "each batch is split across the " + usable + " GPUs"));
        }
        if (gpus == 0 && nvidiaGpuPresent()) {
            options.add(new DeviceOption("gpu0", "NVIDIA GPU", false, whyNoGpu(engine, choice)));
        }
        options.add(new DeviceOption("cpu", "CPU", true, threads + (threads == 1 ? " thread" : " threads")));
        return List.copyOf(options);
    }

    /** Why {@code engine} sees no GPU although an NVIDIA device is present. */
    static String whyNoGpu(Engine engine, EngineChoice choice) {
        boolean cudaBuild = engine.hasCapability(StandardCapabilities.CUDA);
        if (choice == EngineChoice.MXNET) {
            return cudaBuild ? "MXNet's CUDA runtime sees no GPU (driver " + driverVersion() + "); "
                    + MXNET_GPU_REQUIREMENT
                    : "the bundled MXNet natives are the CPU build; " + MXNET_GPU_REQUIREMENT;
        }
        if (!cudaBuild) {
            return "these PyTorch natives are the CPU build (-Ppytorch-cpu); build with -Pcuda so DJL downloads"
                    + " the CUDA build on first use";
        }
        return "PyTorch's CUDA build sees no GPU: the NVIDIA driver (" + driverVersion() + ") is missing or too"
                + " old; " + PYTORCH_GPU_REQUIREMENT;
    }

    /** Why no GPU can be used, for an engine that is not running in this process. */
    static String whyNoGpuWithout(EngineChoice choice) {
        if (!nvidiaGpuPresent()) {
            return "it would train on the CPU too: no NVIDIA GPU found on this machine";
        }
        return choice == EngineChoice.MXNET ? MXNET_GPU_REQUIREMENT
                : "PyTorch lists its GPUs once it runs; " + PYTORCH_GPU_REQUIREMENT;
    }

    static String requirement(EngineChoice choice) {
        return choice == EngineChoice.MXNET ? MXNET_GPU_REQUIREMENT : PYTORCH_GPU_REQUIREMENT;
    }

    /** Runs a tiny sum on {@code device}; empty when it worked, else the error in short. */
    static Optional<String> testComputation(Device device) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            float sum = manager.ones(new Shape(2, 2)).sum().getFloat();
            return sum == 4f ? Optional.empty() : Optional.of("2x2 ones summed to " + sum);
        } catch (RuntimeException e) {
            LOG.warn("{} failed a test computation", device, e);
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Whether the machine has an NVIDIA device, whatever the engine thinks. */
    static boolean nvidiaGpuPresent() {
        return Files.exists(Path.of("/dev/nvidia0")) || Files.exists(DRIVER_VERSION);
    }

    /** The NVIDIA kernel driver's version, or words saying it is not loaded. */
    static String driverVersion() {
        try {
            Matcher matcher = DRIVER_NUMBER.matcher(Files.readString(DRIVER_VERSION));
            return matcher.find() ? "version " + matcher.group(1) : "unknown version";
        } catch (IOException e) {
            return "not loaded";
        }
    }

    private static String computeCapability(int gpu) {
        try {
            String digits = CudaUtils.getComputeCapability(gpu); // "86" for 8.6
            return "compute capability " + digits.substring(0, digits.length() - 1) + "."
                    + digits.substring(digits.length() - 1);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
