package studio.adder.engine;

import java.util.Locale;

/**
 * The desktop platform this process runs on, named as the build names it ({@code -Dadder.platform}),
 * with the engines that have natives there: MXNet has no Arm build, PyTorch 2.7.1 no Intel macOS one.
 *
 * @param os the operating system family
 * @param arm whether the processor is 64-bit Arm (aarch64); otherwise x86_64 or something unknown
 * @param x86 whether the processor is x86_64
 */
public record Platform(Os os, boolean arm, boolean x86) {

    /** Operating system families the app is built for, and the rest. */
    public enum Os {
        LINUX("Linux"), WINDOWS("Windows"), MACOS("macOS"), OTHER("this operating system");

        private final String label;

        Os(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The platform of this JVM, from {@code os.name} and {@code os.arch}. */
    public static Platform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /**
     * The platform for the JVM's {@code os.name} and {@code os.arch} values, e.g. {@code "Mac OS X"}
     * and {@code "aarch64"}.
     */
    public static Platform of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        Os os = name.startsWith("windows") ? Os.WINDOWS
                : name.startsWith("mac") || name.startsWith("darwin") ? Os.MACOS
                : name.startsWith("linux") ? Os.LINUX : Os.OTHER;
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        boolean x86 = arch.equals("amd64") || arch.equals("x86_64");
        return new Platform(os, arm, x86);
    }

    /** The build's name for it, e.g. {@code macos-aarch64}; {@code unknown} for a platform it does not build. */
    public String id() {
        if (os == Os.OTHER || !(arm || x86)) {
            return "unknown";
        }
        return os.name().toLowerCase(Locale.ROOT) + (arm ? "-aarch64" : "-x86_64");
    }

    /** The platform in words, e.g. "macOS on Apple Silicon (aarch64)". */
    public String description() {
        if (os == Os.MACOS && arm) {
            return "macOS on Apple Silicon (aarch64)";
        }
        return os + (arm ? " on Arm (aarch64)" : x86 ? " on x86_64" : " on this processor");
    }

    /** Whether MXNet 1.9.1 publishes natives for this platform (x86_64 Linux, Windows and macOS only). */
    public boolean hasMxnet() {
        return x86 && os != Os.OTHER;
    }

    /** Whether PyTorch 2.7.1's CPU natives exist here (everywhere the app builds except Intel macOS). */
    public boolean hasPytorch() {
        return os != Os.OTHER && (arm || x86) && !(os == Os.MACOS && x86);
    }

    /** Whether {@code engine} has natives for this platform. */
    public boolean runs(EngineChoice engine) {
        return engine == EngineChoice.MXNET ? hasMxnet() : hasPytorch();
    }

    /** Why {@code engine} cannot run here, as a clause; empty when it can. */
    public String whyNot(EngineChoice engine) {
        if (runs(engine)) {
            return "";
        }
        if (engine == EngineChoice.MXNET && arm) {
            return "MXNet has no build for Arm processors, and this machine is " + description()
                    + "; PyTorch runs here instead (--engine pytorch, or no --engine at all)";
        }
        if (engine == EngineChoice.PYTORCH && os == Os.MACOS && x86) {
            return "PyTorch 2.7.1 has no build for Intel Macs; MXNet runs here instead (--engine mxnet, or no"
                    + " --engine at all)";
        }
        return engine + " has no build for " + description();
    }

    /** The engine used when nothing else is chosen: MXNet where it runs, else PyTorch. */
    public EngineChoice defaultEngine() {
        return hasMxnet() || !hasPytorch() ? EngineChoice.MXNET : EngineChoice.PYTORCH;
    }

    /**
     * One sentence when the default engine is not the app's usual MXNet, for the status bar and the
     * command line; empty where MXNet runs.
     */
    public String engineNote() {
        return defaultEngine() == EngineChoice.MXNET ? ""
                : "Running on PyTorch: MXNet has no build for " + description() + ".";
    }
}
