package studio.adder.data;

import java.nio.file.Path;
import java.util.Locale;

/** Small formatting helpers so every user-facing message writes numbers and file names the same way. */
final class Messages {

    static final String REFETCH = "Delete it and fetch MNIST again.";

    private Messages() {
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
