package studio.adder.client;

import ai.djl.Model;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import studio.adder.model.ArchitectureId;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ModelLoadException;
import studio.adder.model.ParamsChecksum;

/**
 * Builds the network an archive's parameters belong to, named in its {@code serving.properties}
 * ({@code blockFactory=studio.adder.client.AdderBlockFactory}) so that DJL's
 * {@code Criteria.optModelPath} needs no {@code optBlock}. DJL parameter files hold weights, not
 * structure: the architecture comes from the card ({@code model.json}) beside them, or from the
 * {@code architecture} argument when there is no card. The card is checked as the app checks it,
 * the parameters' SHA-256 included.
 */
public final class AdderBlockFactory implements BlockFactory {

    private static final long serialVersionUID = 1L;

    /**
     * {@inheritDoc}
     *
     * @throws IOException with a sentence when the card is refused, the parameters do not match
     *     it, or no architecture is named
     */
    @Override
    public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments) throws IOException {
        try {
            return blockFor(modelPath, arguments);
        } catch (IOException e) {
            // DJL's loader does not close the model it created when the block factory fails.
            model.close();
            throw e;
        }
    }

    private static Block blockFor(Path modelPath, Map<String, ?> arguments) throws IOException {
        Object named = arguments == null ? null : arguments.get("architecture");
        String argument = named == null ? null : named.toString();
        if (Files.notExists(modelPath.resolve(ModelCard.FILE_NAME))) {
            if (argument == null) {
                throw new IOException(modelPath + " has no " + ModelCard.FILE_NAME
                        + " and no architecture argument: nothing says which network to build.");
            }
            return newBlock(argument);
        }
        try {
            ModelCard card = ModelCards.read(modelPath);
            ParamsChecksum.verify(modelPath, card);
            if (argument != null && !argument.equals(card.architecture())) {
                throw new IOException("The architecture argument '" + argument + "' contradicts the card in "
                        + modelPath + ", which says '" + card.architecture() + "'.");
            }
            return newBlock(card.architecture());
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Block newBlock(String architecture) throws IOException {
        try {
            return ArchitectureId.byId(architecture).newNetwork();
        } catch (IllegalArgumentException e) {
            throw new IOException("Unknown architecture '" + architecture + "': this version knows "
                    + ArchitectureId.ids() + ".", e);
        }
    }
}
