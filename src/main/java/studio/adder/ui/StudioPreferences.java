package studio.adder.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.adder.util.AppHome;
import studio.adder.util.AtomicFiles;

/**
 * What the app remembers between runs: the theme, the window's bounds and the number to add, kept
 * in {@code window.properties} in the app's home folder beside its other settings. (Not
 * java.util.prefs: its shared per-user store is synced by a background timer that logs to the
 * terminal when another process, such as a test run, changes or removes nodes under it.)
 * Changes are written atomically on a writer thread of their own, never on the FX thread.
 */
public final class StudioPreferences implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StudioPreferences.class);
    private static final String THEME = "theme";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String NUMBER = "draw.number";

    private final Path file;
    private final Properties values = new Properties();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "adder-preferences");
        thread.setDaemon(true);
        return thread;
    });

    /** Preferences kept in {@code file}, read now; tests pass a temporary one. */
    public StudioPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring the unreadable window settings in {}: {}", file, e.getMessage());
            }
        }
    }

    /** The user's preferences for this app, in its home folder. */
    public static StudioPreferences forUser() {
        return new StudioPreferences(AppHome.folder().resolve("window.properties"));
    }

    /** The theme chosen last, light at first. */
    public Theme theme() {
        return Theme.named(get(THEME, Theme.LIGHT.name()));
    }

    /** Remembers the theme. */
    public void saveTheme(Theme theme) {
        put(THEME, theme.name());
    }

    /** The window's last bounds, if any were saved. */
    public Optional<Rectangle2D> windowBounds() {
        double width = number(WIDTH, -1);
        double height = number(HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(number(X, 0), number(Y, 0), width, height));
    }

    /** Remembers the window's bounds. */
    public void saveWindowBounds(Rectangle2D bounds) {
        synchronized (values) {
            values.setProperty(X, Double.toString(bounds.getMinX()));
            values.setProperty(Y, Double.toString(bounds.getMinY()));
            values.setProperty(WIDTH, Double.toString(bounds.getWidth()));
            values.setProperty(HEIGHT, Double.toString(bounds.getHeight()));
        }
        writeSoon();
    }

    /** The drawing tab's number to add from last time, if one was saved. */
    public OptionalInt number() {
        int value = (int) number(NUMBER, -1);
        return value >= 0 && value <= 9 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** Remembers the drawing tab's number to add. */
    public void saveNumber(int value) {
        put(NUMBER, Integer.toString(value));
    }

    /** Finishes the last write (waiting at most two seconds); later saves are not written. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("The window settings were not written to {} in time", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String get(String key, String otherwise) {
        synchronized (values) {
            return values.getProperty(key, otherwise);
        }
    }

    private double number(String key, double otherwise) {
        try {
            return Double.parseDouble(get(key, Double.toString(otherwise)));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private void put(String key, String value) {
        synchronized (values) {
            values.setProperty(key, value);
        }
        writeSoon();
    }

    private void writeSoon() {
        try {
            writer.execute(this::write);
        } catch (RejectedExecutionException closing) {
            // After close the app is ending; what was saved before stays.
        }
    }

    private void write() {
        Properties snapshot = new Properties();
        synchronized (values) {
            snapshot.putAll(values);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, out -> snapshot.store(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8), "Adder Studio: the window as last left"));
        } catch (IOException e) {
            LOG.warn("Could not keep the window settings in {}: {}", file, e.getMessage());
        }
    }
}
