package studio.adder.library;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.adder.util.AppHome;
import studio.adder.util.AtomicFiles;

/**
 * The models a user opened recently, most recent first, kept in a small JSON file across runs.
 *
 * <p>The list is a convenience: an unreadable or corrupt file reads as an empty list and is
 * replaced on the next {@link #record}; a model whose folder or archive has gone is listed as
 * {@link RecentModel#missing() missing}, never an error.
 */
public final class RecentModels {

    /** How many models the list keeps. */
    public static final int CAPACITY = 8;

    private static final Logger LOG = LoggerFactory.getLogger(RecentModels.class);
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Path file;

    /** A list stored in {@code file}, which need not exist yet. */
    public RecentModels(Path file) {
        this.file = Objects.requireNonNull(file);
    }

    /** The user's list, in the application's home folder. */
    public static RecentModels forUser() {
        return new RecentModels(AppHome.folder().resolve("recent-models.json"));
    }

    /** The remembered models, most recent first, each checked against the disk now. */
    public List<RecentModel> list() {
        List<RecentModel> models = new ArrayList<>();
        for (Stored stored : read()) {
            stored.toRecentModel().ifPresent(models::add);
        }
        return models;
    }

    /**
     * Puts {@code model} first (moving it up if it was already listed), keeps at most
     * {@link #CAPACITY}, and writes the file atomically.
     *
     * @throws IOException when the file cannot be written; the previous file stays intact
     */
    public void record(RecentModel model) throws IOException {
        Stored added = Stored.of(model);
        List<Stored> models = new ArrayList<>();
        models.add(added);
        for (Stored old : read()) {
            if (!old.path().equals(added.path()) && models.size() < CAPACITY) {
                models.add(old);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] json = GSON.toJson(models).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(json));
    }

    private List<Stored> read() {
        if (Files.notExists(file)) {
            return List.of();
        }
        try {
            List<Stored> stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeToken<List<Stored>>() { }.getType());
            // Entries without a path cannot be opened; a hand-edited file may have some.
            return stored == null ? List.of() : stored.stream().filter(Objects::nonNull)
                    .filter(entry -> entry.path() != null && !entry.path().isBlank()).toList();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            // Expected after a crash of an older version or a hand edit: one line is enough.
            LOG.warn("Ignoring the unreadable list of recent models {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    /** The JSON form: plain strings and numbers, so the file reads the same on every platform. */
    private record Stored(String name, String architecture, double digitAccuracy, double sumAccuracy,
            String created, String path) {

        static Stored of(RecentModel model) {
            return new Stored(model.name(), model.architecture(), model.digitAccuracy(), model.sumAccuracy(),
                    model.created(), model.path().toString());
        }

        /** Empty for a path this system cannot even name (a file copied from another OS). */
        Optional<RecentModel> toRecentModel() {
            Path location;
            try {
                location = Path.of(path);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
            return Optional.of(new RecentModel(name == null ? String.valueOf(location.getFileName()) : name,
                    architecture == null ? "unknown" : architecture, digitAccuracy, sumAccuracy,
                    created == null ? "" : created, location, Files.notExists(location)));
        }
    }
}
