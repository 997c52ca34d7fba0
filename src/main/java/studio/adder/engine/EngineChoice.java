package studio.adder.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The deep-learning engines the app can run on. MXNet is the default where it has natives (x86_64);
 * on Arm machines PyTorch is the default and bundled. Elsewhere PyTorch is in the build only with
 * {@code -Ppytorch-cpu} or {@code -Pcuda}.
 */
public enum EngineChoice {
    MXNET("mxnet", "MXNet", "ai.djl.mxnet.engine.MxEngineProvider"),
    PYTORCH("pytorch", "PyTorch", "ai.djl.pytorch.engine.PtEngineProvider");

    private final String id;
    private final String djlName;
    private final String providerClass;

    EngineChoice(String id, String djlName, String providerClass) {
        this.id = id;
        this.djlName = djlName;
        this.providerClass = providerClass;
    }

    /** The id used on the command line and in settings: {@code mxnet} or {@code pytorch}. */
    public String id() {
        return id;
    }

    /** DJL's name for the engine, e.g. {@code PyTorch}. */
    public String djlName() {
        return djlName;
    }

    /**
     * Whether this build contains the engine. Looks for DJL's engine provider without loading it,
     * so asking never starts an engine.
     */
    public boolean inThisBuild() {
        try {
            Class.forName(providerClass, false, EngineChoice.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Whether the engine's natives travel inside this build; when not, DJL downloads them into
     * its cache on first use, which needs internet.
     */
    public boolean nativesBundled() {
        return EngineChoice.class.getClassLoader().getResource("native/lib/" + id + ".properties") != null;
    }

    /** The engine used when nothing else is chosen: MXNet, or PyTorch where MXNet has no natives (Arm). */
    public static EngineChoice platformDefault() {
        return Platform.current().defaultEngine();
    }

    /** Whether this build contains the engine and the engine has natives for this machine's platform. */
    public boolean usableHere() {
        return inThisBuild() && Platform.current().runs(this);
    }

    /** Why the engine cannot be chosen in this build or on this platform, as a clause; empty when it can. */
    public String missingReason() {
        String platformReason = Platform.current().whyNot(this);
        if (!platformReason.isEmpty()) {
            return platformReason;
        }
        if (inThisBuild()) {
            return "";
        }
        return "this build has no " + djlName + " engine: build the app with ./mvnw -Ppytorch-cpu package"
                + " (CPU, offline) or ./mvnw -Pcuda package (NVIDIA GPUs; DJL downloads the natives on first use)";
    }

    /** Engines in this build that run on this platform, MXNet first. */
    public static List<EngineChoice> inBuild() {
        return Arrays.stream(values()).filter(EngineChoice::usableHere).toList();
    }

    /**
     * The engine named {@code text} ({@code mxnet}, {@code pytorch}; case does not matter, DJL's
     * names work too).
     *
     * @throws IllegalArgumentException naming the choices when the text is none of them
     */
    public static EngineChoice parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (EngineChoice choice : values()) {
            if (choice.id.equals(wanted) || choice.djlName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return choice;
            }
        }
        if ("torch".equals(wanted) || "pt".equals(wanted)) {
            return PYTORCH;
        }
        throw new IllegalArgumentException("Unknown engine '" + text + "': choose "
                + Arrays.stream(values()).map(EngineChoice::id).collect(Collectors.joining(" or ")) + ".");
    }

    @Override
    public String toString() {
        return djlName;
    }
}
