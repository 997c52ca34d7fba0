package studio.adder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, as the build wrote it (the pom's project version). */
public final class AppVersion {

    private static final String VERSION = read();

    private AppVersion() {}

    /** For example {@code 0.1.0}; "unknown" only if the resource was left out of the build. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("app-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the application's version", e);
        }
    }
}
