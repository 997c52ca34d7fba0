package studio.adder.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.util.Utils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the chosen engine (the platform's default unless told otherwise) the way this app needs it: with a known
 * number of compute threads and on the best device that actually works, and says which engine and
 * device run and why.
 *
 * <p>The engine is chosen once per process, before it loads: {@link #choose} (the CLI's
 * {@code --engine}), else the environment variable or system property {@code ADDER_ENGINE},
 * else the app's saved setting, else the platform's default: MXNet, or PyTorch where MXNet has no
 * natives (Arm), which the engine summary and the log then say once.
 */
public final class EngineSetup {

    /** Environment variable and system property that override the thread count. */
    public static final String THREADS_VARIABLE = NativeSettings.THREADS_VARIABLE;
    /** Environment variable and system property that choose the engine: mxnet or pytorch. */
    public static final String ENGINE_VARIABLE = "ADDER_ENGINE";

    /** Microsoft's permanent link to the current x64 Visual C++ runtime installer (2015-2022, covers 2019). */
    public static final String VC_RUNTIME_URL = "https://aka.ms/vs/17/release/vc_redist.x64.exe";

    private static final Logger LOG = LoggerFactory.getLogger(EngineSetup.class);

    private static EngineChoice chosen;
    private static EngineChoice saved;
    private static String savedChoiceProblem = "";
    private static EngineInfo info;
    private static List<DeviceOption> deviceOptions;

    private EngineSetup() {}

    /**
     * Chooses the engine for this process; call before anything starts it.
     *
     * @throws IllegalStateException when another engine already runs
     */
    public static synchronized void choose(EngineChoice engine) {
        if (info != null && engine != null && !engine.djlName().equals(info.engineName())) {
            throw new IllegalStateException("The " + info.engineName() + " engine is already running; the engine is"
                    + " chosen once per process, before it starts.");
        }
        chosen = engine;
    }

    /**
     * Uses the app's saved choice unless the command line or {@code ADDER_ENGINE} says otherwise.
     * A saved engine missing from this build is skipped, and the returned sentence says so.
     */
    public static synchronized Optional<String> useSavedChoice(Optional<EngineChoice> savedChoice) {
        saved = null;
        savedChoiceProblem = "";
        if (savedChoice.isEmpty()) {
            return Optional.empty();
        }
        if (!savedChoice.get().usableHere()) {
            savedChoiceProblem = "The saved engine " + savedChoice.get() + " is not available: "
                    + savedChoice.get().missingReason() + ". Using " + EngineChoice.platformDefault() + ".";
            LOG.warn(savedChoiceProblem);
            return Optional.of(savedChoiceProblem);
        }
        saved = savedChoice.get();
        return Optional.empty();
    }

    /**
     * MXNet's engine type in this process: {@code NaiveEngine} (synchronous, the default on one
     * device) or what {@code MXNET_ENGINE_TYPE} chose; empty while MXNet has not started.
     */
    public static synchronized String mxnetEngineType() {
        return NativeSettings.mxnetEngineType();
    }

    /** The engine this process runs or will run. */
    public static synchronized EngineChoice engine() {
        if (info != null) {
            return EngineChoice.parse(info.engineName());
        }
        if (chosen != null) {
            return chosen;
        }
        String named = System.getProperty(ENGINE_VARIABLE, System.getenv(ENGINE_VARIABLE));
        if (named != null && !named.isBlank()) {
            return EngineChoice.parse(named);
        }
        return saved != null ? saved : EngineChoice.platformDefault();
    }

    /** Whether {@link #start()} has run and the engine is loaded. */
    public static synchronized boolean isRunning() {
        return info != null;
    }

    /**
     * Configures threads and starts the engine once; later calls return the same answer.
     *
     * <p>Must run before anything else touches DJL: OpenMP reads {@code OMP_NUM_THREADS} when
     * the engine's library is loaded, and DJL fixes its default engine when it first loads.
     *
     * @throws EngineUnavailableException when the engine is not in this build or cannot load
     */
    public static synchronized EngineInfo start() {
        if (info == null) {
            EngineChoice choice = engine();
            if (!choice.usableHere()) {
                throw new EngineUnavailableException("Cannot use " + choice + ": " + choice.missingReason() + ".");
            }
            int threads = NativeSettings.apply(choice);
            System.setProperty("ai.djl.default_engine", choice.djlName());
            Engine engine = load(choice);
            deviceOptions = DeviceProbe.probe(engine, choice, threads);
            DeviceChoice device = chooseDevice(deviceOptions);
            // An app image carries its natives unpacked and names their folder (scripts/package-image.sh).
            String unpacked = Utils.getEnvOrSystemProperty(choice == EngineChoice.MXNET ? "MXNET_LIBRARY_PATH"
                    : "PYTORCH_LIBRARY_PATH");
            String natives = unpacked != null ? unpacked : Utils.getEngineCacheDir(choice.id()).toString();
            String platformNote = choice == Platform.current().defaultEngine() ? Platform.current().engineNote() : "";
            info = new EngineInfo(engine.getEngineName(), engine.getVersion(), device.device(),
                    device.explanation(), threads, natives, platformNote);
            LOG.info("{} {} on {} with {} threads; natives in {}", info.engineName(), info.engineVersion(),
                    device.explanation(), threads, natives);
            if (!platformNote.isEmpty()) {
                LOG.info(platformNote);
            }
        }
        return info;
    }

    private static Engine load(EngineChoice choice) {
        Engine engine;
        try {
            engine = Engine.getEngine(choice.djlName());
        } catch (EngineException | UnsatisfiedLinkError e) {
            throw new EngineUnavailableException(loadFailure(choice, e, Platform.current()), e);
        }
        String defaultName = Engine.getDefaultEngineName();
        if (!choice.djlName().equals(defaultName)) {
            // DJL_DEFAULT_ENGINE in the environment beats the system property we set.
            throw new EngineUnavailableException("DJL's default engine is " + defaultName + " (is DJL_DEFAULT_ENGINE"
                    + " set?), but " + choice + " was chosen; unset DJL_DEFAULT_ENGINE or choose " + defaultName + ".");
        }
        return engine;
    }

    /** The engine-start failure as a sentence, naming the fix where the platform has a known one. */
    static String loadFailure(EngineChoice choice, Throwable e, Platform platform) {
        Throwable root = e;
        boolean linkError = e instanceof UnsatisfiedLinkError;
        while (root.getCause() != null) {
            root = root.getCause();
            linkError |= root instanceof UnsatisfiedLinkError;
        }
        String cause = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        String folder = Utils.getEngineCacheDir(choice.id()).toString();
        if (choice == EngineChoice.PYTORCH && !choice.nativesBundled()) {
            return "PyTorch could not start: its natives are not in this build (-Pcuda), and DJL could not download"
                    + " them into " + folder + " (" + cause + "). The first start needs internet; for offline use"
                    + " build with ./mvnw -Ppytorch-cpu package.";
        }
        if (linkError && platform.os() == Platform.Os.WINDOWS) {
            // MXNet's and PyTorch's Windows libraries link against the Visual C++ runtime, which
            // Windows does not always have; without it the library load fails with a bare error.
            return choice + " could not start because Windows lacks the Microsoft Visual C++ 2019 runtime (or newer)"
                    + " it needs: install \"Microsoft Visual C++ Redistributable for Visual Studio 2015-2022\" (x64)"
                    + " from " + VC_RUNTIME_URL + ", then start Adder Studio again (" + cause + ").";
        }
        return choice + " could not start (" + cause + "); its natives live in " + folder + ".";
    }

    /**
     * Every device the engine reports, plus the CPU, each tested once when the engine starts; GPUs
     * first. A GPU that is present but unusable with this engine and build is listed, disabled,
     * with the reason.
     */
    public static synchronized List<DeviceOption> deviceOptions() {
        start();
        return deviceOptions;
    }

    /** The engines in this build and the running one, with what choosing each means. */
    public static synchronized List<EngineOption> engineOptions() {
        EngineChoice running = EngineChoice.parse(start().engineName());
        List<EngineOption> options = new ArrayList<>();
        for (EngineChoice choice : EngineChoice.values()) {
            boolean usable = choice.usableHere();
            String note;
            if (choice == running) {
                note = (savedChoiceProblem.isEmpty() ? "" : savedChoiceProblem + " ") + "Running "
                        + start().engineName() + " " + start().engineVersion() + " on " + start().deviceExplanation()
                        + ".";
            } else if (usable) {
                note = "Applies at the next start; " + DeviceProbe.whyNoGpuWithout(choice) + ".";
            } else {
                note = choice.missingReason();
            }
            options.add(new EngineOption(choice.id(), choice.djlName(), usable, choice == running, note));
        }
        return List.copyOf(options);
    }

    /**
     * The DJL devices for a device id from {@link #deviceOptions()}, refusing unusable ones in
     * words: {@code cpu}, {@code gpu0}, a list such as {@code gpu0,gpu1}, or {@code gpus} for every
     * usable GPU (training splits each batch across them).
     */
    public static Device[] devices(String ids) {
        return Devices.ofRunningEngine().resolve(ids).devices();
    }

    /** The DJL device for one device id from {@link #deviceOptions()}, refusing unusable ones in words. */
    public static Device device(String id) {
        DeviceOption option = deviceOptions().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown device '" + id + "'. " + start().engineName()
                        + " offers here: " + deviceOptions().stream().map(DeviceOption::id)
                                .collect(Collectors.joining(", ")) + " (it runs on " + start().deviceExplanation() + ")."));
        if (!option.usable()) {
            throw new IllegalArgumentException(option.label() + " cannot be used: " + option.note() + ".");
        }
        if (DeviceProbe.ALL_GPUS.equals(id)) {
            throw new IllegalArgumentException("'" + id + "' means several devices; name one, such as "
                    + usableGpus(deviceOptions()).get(0).id() + ".");
        }
        return device(option);
    }

    /** The devices training uses unless told otherwise: every usable GPU, else the CPU. */
    public static Device[] defaultTrainingDevices() {
        return Devices.ofRunningEngine().forTraining(null).devices();
    }

    /** The devices in words, e.g. "GPU 0 + GPU 1 (each batch split across 2)". */
    public static String describe(Device[] devices) {
        if (devices.length == 1) {
            return devices[0].equals(start().device()) ? start().deviceExplanation()
                    : devices[0].isGpu() ? "GPU " + devices[0].getDeviceId() : "CPU";
        }
        return Arrays.stream(devices).map(d -> (d.isGpu() ? "GPU " : "CPU ") + d.getDeviceId())
                .collect(Collectors.joining(" + ")) + " (each batch split across " + devices.length + ")";
    }

    /** The single GPUs among {@code options} that work, leaving out the "all GPUs" entry. */
    private static List<DeviceOption> usableGpus(List<DeviceOption> options) {
        return options.stream()
                .filter(o -> o.usable() && o.id().startsWith("gpu") && !DeviceProbe.ALL_GPUS.equals(o.id())).toList();
    }

    private static Device device(DeviceOption option) {
        return Device.fromName(option.id());
    }

    private record DeviceChoice(Device device, String explanation) {}

    /** The first working GPU, else the CPU with the reason no GPU is used. */
    private static DeviceChoice chooseDevice(List<DeviceOption> options) {
        List<DeviceOption> gpus = usableGpus(options);
        if (!gpus.isEmpty()) {
            return new DeviceChoice(device(gpus.get(0)), gpus.get(0).label() + " (" + gpus.size() + " usable)");
        }
        DeviceOption first = options.get(0);
        if ("cpu".equals(first.id())) {
            return new DeviceChoice(Device.cpu(), "CPU (no NVIDIA GPU found on this machine)");
        }
        return new DeviceChoice(Device.cpu(), "CPU (" + first.label() + " present but " + first.note() + ")");
    }

    /**
     * What runs the network.
     *
     * @param engineName e.g. MXNet or PyTorch
     * @param engineVersion the native library's version
     * @param device the device used for prediction and, with the other usable GPUs, training
     * @param deviceExplanation the device in words, with the reason when a GPU is not used
     * @param threads compute threads
     * @param nativesFolder DJL's cache folder where the engine's natives were unpacked or downloaded
     * @param platformNote why this engine runs when the platform chose it (no MXNet on Arm); else empty
     */
    public record EngineInfo(String engineName, String engineVersion, Device device,
            String deviceExplanation, int threads, String nativesFolder, String platformNote) {

        /** One line for status bars and logs, ending with the platform note where there is one. */
        public String summary() {
            String line = String.format(Locale.ROOT, "%s %s · %s · %d thread%s", engineName, engineVersion,
                    deviceExplanation, threads, threads == 1 ? "" : "s");
            return platformNote.isEmpty() ? line : line + " · " + platformNote;
        }
    }
}
