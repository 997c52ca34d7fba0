package studio.adder.engine;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.adder.util.AppHome;
import studio.adder.util.AtomicFiles;

/**
 * The engine the app should start on next time, kept in {@code engine.properties} in the app's
 * home folder: an engine loads once per process, so a new choice applies at the next start.
 */
public final class EngineSettings {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSettings.class);
    private static final String KEY = "engine";

    private final Path file;

    /** Settings kept in {@code file}; tests pass a temporary one. */
    public EngineSettings(Path file) {
        this.file = file;
    }

    /** The user's settings, in the app's home folder. */
    public static EngineSettings forUser() {
        return new EngineSettings(AppHome.folder().resolve("engine.properties"));
    }

    /** The saved engine, if one was saved and is still a known engine. */
    public Optional<EngineChoice> saved() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            String value = properties.getProperty(KEY);
            return value == null ? Optional.empty() : Optional.of(EngineChoice.parse(value));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring the engine setting in {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves the engine for the next start, atomically. */
    public void save(EngineChoice engine) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(KEY, engine.id());
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> properties.store(
                new OutputStreamWriter(out, StandardCharsets.UTF_8), "Adder Studio: the engine from the next start on"));
    }
}
