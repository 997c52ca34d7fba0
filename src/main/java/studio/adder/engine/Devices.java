package studio.adder.engine;

import ai.djl.Device;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Device ids ({@code cpu}, {@code gpu0}, {@code gpu0,gpu1}, {@code gpus}) turned into DJL devices,
 * over the options the engine probed at start, refusing unusable ones in words. Pure: the options,
 * the default's explanation and the id-to-device function are passed in, so tests can offer GPUs
 * this machine does not have.
 */
public final class Devices {

    /** The id that means every usable GPU at once (each batch split across them). */
    public static final String ALL_GPUS = DeviceProbe.ALL_GPUS;

    private final String engineName;
    private final List<DeviceOption> options;
    private final String defaultExplanation;
    private final Function<String, Device> byId;

    /**
     * Devices over {@code options}.
     *
     * @param engineName the running engine, for messages
     * @param options the probed devices, usable or not, as {@link EngineSetup#deviceOptions()} lists them
     * @param defaultExplanation the default device in words, with the reason when no GPU is used
     * @param byId the DJL device of one plain id such as {@code gpu0} or {@code cpu}
     */
    public Devices(String engineName, List<DeviceOption> options, String defaultExplanation,
            Function<String, Device> byId) {
        this.engineName = engineName;
        this.options = List.copyOf(options);
        this.defaultExplanation = defaultExplanation;
        this.byId = byId;
    }

    /** The devices of the running engine, each id read by DJL's {@link Device#fromName}. */
    public static Devices ofRunningEngine() {
        EngineSetup.EngineInfo engine = EngineSetup.start();
        return new Devices(engine.engineName(), EngineSetup.deviceOptions(), engine.deviceExplanation(),
                Device::fromName);
    }

    /** Chosen devices and how to say them. */
    public record Selection(Device[] devices, String description) {}

    /**
     * The devices for training: {@code ids} as {@link #resolve} reads it, or, when null or blank,
     * every usable GPU, else the CPU.
     */
    public Selection forTraining(String ids) {
        if (ids == null || ids.isBlank()) {
            List<DeviceOption> gpus = usableGpus();
            return gpus.isEmpty()
                    ? new Selection(new Device[] {byId.apply("cpu")}, defaultExplanation)
                    : selection(gpus);
        }
        return resolve(ids);
    }

    /**
     * The devices for {@code ids}: {@code cpu}, {@code gpu0}, a list such as {@code gpu0,gpu1}, or
     * {@code gpus} for every usable GPU.
     *
     * @throws IllegalArgumentException when an id is unknown or its device unusable, saying why
     */
    public Selection resolve(String ids) {
        if (ALL_GPUS.equals(ids.strip())) {
            List<DeviceOption> gpus = usableGpus();
            if (gpus.isEmpty()) {
                throw new IllegalArgumentException("No usable GPU: " + defaultExplanation + ".");
            }
            return selection(gpus);
        }
        List<DeviceOption> chosen = Arrays.stream(ids.split(",")).map(String::strip).map(this::usableOption).toList();
        return selection(chosen);
    }

    private Selection selection(List<DeviceOption> chosen) {
        Device[] devices = chosen.stream().map(option -> byId.apply(option.id())).toArray(Device[]::new);
        String description = chosen.size() == 1 ? chosen.get(0).label()
                : chosen.stream().map(DeviceOption::label).collect(Collectors.joining(" + "))
                        + " (each batch split across " + chosen.size() + ")";
        return new Selection(devices, description);
    }

    private DeviceOption usableOption(String id) {
        if (ALL_GPUS.equals(id)) {
            throw new IllegalArgumentException("'" + ALL_GPUS + "' stands alone: every usable GPU, not one of a list.");
        }
        DeviceOption option = options.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown device '" + id + "'. " + engineName + " offers here: "
                        + options.stream().map(DeviceOption::id).collect(Collectors.joining(", "))
                        + " (it runs on " + defaultExplanation + ")."));
        if (!option.usable()) {
            throw new IllegalArgumentException(option.label() + " cannot be used: " + option.note() + ".");
        }
        return option;
    }

    private List<DeviceOption> usableGpus() {
        return options.stream()
                .filter(o -> o.usable() && o.id().startsWith("gpu") && !ALL_GPUS.equals(o.id()))
                .toList();
    }
}
