package studio.adder.data;

import java.nio.file.Path;
import java.util.Locale;

/** Small formatting helpers so every user-facing message writes numbers and file names the same way. */
final class Messages {

    static final String REFETCH = "Delete it and fetch MNIST again.";

    /** System property the packaged app's launcher sets to its own name (see scripts/package-image.sh). */
    static final String LAUNCHER_PROPERTY = "adder.launcher";

    /** How the user runs a command here: the installed launcher, or the jar of a source checkout. */
    static final String COMMAND = command(System.getProperty(LAUNCHER_PROPERTY));

    private Messages() {
    }

    static String command(String launcher) {
        return launcher == null || launcher.isBlank() ? "java -jar target/adder-studio.jar" : launcher.trim();
    }

    /** Formats a count with thousands separators ("47,040,016"), independent of the user's locale. */
    static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
