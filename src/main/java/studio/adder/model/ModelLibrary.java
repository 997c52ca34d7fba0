package studio.adder.model;

import ai.djl.Device;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
     * The shipped model as a folder on disk: copied out of the application's resources into a
     * temporary folder once per process, because DJL loads parameters from files. Nothing writes
     * to it, so every later call (switching back to it, exporting it) reuses that copy.
     */
    public static synchronized Path shippedModelFolder() {
        if (shippedFolder == null || !Files.isRegularFile(shippedFolder.resolve(ModelCard.FILE_NAME))) {
            shippedFolder = unpackShippedModel();
        }
        return shippedFolder;
    }

    private static Path unpackShippedModel() {
        try {
            Path folder = Files.createTempDirectory("adder-shipped-");
            folder.toFile().deleteOnExit();
            String card = readResourceText(SHIPPED_RESOURCE + ModelCard.FILE_NAME);
            ModelCard parsed = ModelCards.fromJson(card, "the shipped model card");
            for (String name : List.of(ModelCard.FILE_NAME, parsed.paramsFile())) {
                try (InputStream in = resource(SHIPPED_RESOURCE + name)) {
                    Path target = folder.resolve(name);
                    Files.copy(in, target);
                    target.toFile().deleteOnExit();
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the shipped model", e);
        }
    }

    private static String readResourceText(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
