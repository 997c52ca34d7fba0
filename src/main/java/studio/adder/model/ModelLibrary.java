package studio.adder.model;

import ai.djl.Device;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.adder.util.AppHome;

/**
 * Finds models: the pretrained default shipped inside the application, model folders, and
 * exported archives.
 */
public final class ModelLibrary {

    /** Resource folder (and repository folder under {@code models/}) of the shipped model. */
    public static final String SHIPPED_NAME = "compact-mnist";

    private static final String SHIPPED_RESOURCE = "/models/" + SHIPPED_NAME + "/";

    private static Path shippedFolder;

    private ModelLibrary() {}

    /** Loads {@code path} (folder or archive), or the shipped model when {@code path} is null. */
    public static LoadedModel load(Path path, Device device) {
        if (path == null) {
            return ModelFolder.load(shippedModelFolder(), device);
        }
        if (Files.isRegularFile(path)) {
            return ModelArchives.load(path, device);
        }
        if (Files.notExists(path)) {
            throw new ModelLoadException(path + " does not exist. Choose a model folder or a .zip archive.");
        }
        return ModelFolder.load(path, device);
    }

    /**
     * The shipped model as a folder on disk, because DJL loads parameters from files: unpacked
     * once into {@code <home>/shipped/compact-mnist-<checksum>}, named by the SHA-256 of its files,
     * and reused by every later start, so no process (even one killed by a signal) leaves a copy
     * in the temporary folder. A cached copy whose files no longer match is unpacked again. Nothing
     * writes to it, so switching back to it or exporting it reuses the same folder.
     */
    public static synchronized Path shippedModelFolder() {
        if (shippedFolder == null || !Files.isRegularFile(shippedFolder.resolve(ModelCard.FILE_NAME))) {
            shippedFolder = ShippedModelCache.folder(AppHome.folder().resolve("shipped"), SHIPPED_NAME,
                    shippedFiles());
        }
        return shippedFolder;
    }

    /** The shipped model's files (card and parameters) by name, read from the application. */
    private static Map<String, byte[]> shippedFiles() {
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            byte[] card = readResource(SHIPPED_RESOURCE + ModelCard.FILE_NAME);
            files.put(ModelCard.FILE_NAME, card);
            ModelCard parsed = ModelCards.fromJson(new String(card, StandardCharsets.UTF_8), "the shipped model card");
            files.put(parsed.paramsFile(), readResource(SHIPPED_RESOURCE + parsed.paramsFile()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped model", e);
        }
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ModelLibrary.class.getResourceAsStream(name);
        if (in == null) {
            throw new ModelLoadException(
                    "The shipped model is missing from this build (" + name + "). Rebuild with ./mvnw package.");
        }
        return in;
    }
}
