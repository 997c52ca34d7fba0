package studio.adder.ui.common;

import java.nio.file.Path;

/** Folders as people say them: one under the user's home reads {@code ~/...}. */
public final class HomePaths {

    private HomePaths() {}

    /** {@code folder} relative to the user's home ({@code user.home}) when it lies under it. */
    public static String shortPath(Path folder) {
        return shortPath(folder, Path.of(System.getProperty("user.home")));
    }

    /** {@code folder} as {@code ~/...} when it lies under {@code home}, else as it is. */
    public static String shortPath(Path folder, Path home) {
        return folder.startsWith(home) && !folder.equals(home)
                ? "~/" + home.relativize(folder).toString().replace('\\', '/') : folder.toString();
    }
}
