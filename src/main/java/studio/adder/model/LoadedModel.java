package studio.adder.model;

import ai.djl.Model;
import java.nio.file.Path;

/**
 * A DJL model together with its card and where it came from; closing it frees native memory.
 *
 * @param model the DJL model with its block built and parameters loaded
 * @param card the model card
 * @param source the folder or archive it was loaded from
 */
public record LoadedModel(Model model, ModelCard card, Path source) implements AutoCloseable {

    /** The architecture that built the block. */
    public Architecture architecture() {
        return ArchitectureId.byId(card.architecture());
    }

    @Override
    public void close() {
        model.close();
    }
}
