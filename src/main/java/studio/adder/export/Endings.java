package studio.adder.export;

import java.nio.file.Path;
import java.util.Locale;

/** File name endings of exports. */
final class Endings {

    private Endings() {}

    /** {@code path} itself when its name ends in {@code ending} (any case) or ending is empty, else with it added. */
    static Path withEnding(Path path, String ending) {
        Path name = path.getFileName();
        if (ending.isEmpty() || name == null || name.toString().toLowerCase(Locale.ROOT).endsWith(ending)) {
            return path;
        }
        return path.resolveSibling(name + ending);
    }
}
