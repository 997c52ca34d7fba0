package studio.adder.export;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelArchives;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ModelFolder;
import studio.adder.model.ModelLoadException;
import studio.adder.model.ParamsChecksum;

/**
 * The model being exported: its folder (an archive is unpacked into a temporary one, removed on
 * {@link #close()}), its card, and, for the formats that need them, its weights as plain arrays.
 */
public final class ExportSource implements AutoCloseable {

    private final Path folder;
    private final boolean temporary;
    private final ModelCard card;
    private final ModelWeights weights;

    private ExportSource(Path folder, boolean temporary, ModelCard card, ModelWeights weights) {
        this.folder = folder;
        this.temporary = temporary;
        this.card = card;
        this.weights = weights;
    }

    /**
     * Opens a model folder or archive and checks it is a complete model. With {@code withWeights}
     * the parameters are loaded through DJL on the CPU and copied out: call it on the engine thread.
     *
     * @throws ModelLoadException with a sentence when {@code model} is not a readable model
     */
    public static ExportSource open(Path model, boolean withWeights) {
        if (Files.notExists(model)) {
            throw new ModelLoadException(model + " does not exist. Choose a model folder or a .zip archive.");
        }
        boolean archive = Files.isRegularFile(model);
        Path folder = archive ? ModelArchives.unpack(model) : model;
        try {
            ModelCard card = ModelCards.read(folder);
            Path params = folder.resolve(card.paramsFile());
            if (!Files.isRegularFile(params)) {
                throw new ModelLoadException(model + " is incomplete: its card names " + card.paramsFile()
                        + ", which is missing.");
            }
            // Exporting parameters that were altered after training would pass them on as genuine.
            ParamsChecksum.verify(folder, card);
            ModelWeights weights = null;
            if (withWeights) {
                try (LoadedModel loaded = ModelFolder.load(folder, Device.cpu())) {
                    weights = ModelWeights.of(loaded);
                }
            }
            return new ExportSource(folder, archive, card, weights);
        } catch (RuntimeException e) {
            if (archive) {
                deleteQuietly(folder);
            }
            throw e;
        }
    }

    /** The model folder (for an archive, its unpacked copy). */
    public Path folder() {
        return folder;
    }

    /** The model card. */
    public ModelCard card() {
        return card;
    }

    /**
     * The trained parameters.
     *
     * @throws IllegalStateException when the source was opened without them
     */
    public ModelWeights weights() {
        if (weights == null) {
            throw new IllegalStateException("This export source was opened without its weights");
        }
        return weights;
    }

    @Override
    public void close() {
        if (temporary) {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            Folders.deleteRecursively(folder);
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
