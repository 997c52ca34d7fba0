package studio.adder.client;

import ai.djl.nn.Block;
import studio.adder.model.AdderNetwork;
import studio.adder.model.ArchitectureId;

/**
 * The networks by architecture id, for DJL's long form. An exported archive needs none of this:
 * {@code Criteria.builder().setTypes(AdderInput.class, AdderPrediction.class).optModelPath(path).build()}
 * finds the network through {@link AdderBlockFactory}. Who prefers to say it all writes:
 *
 * <pre>{@code
 * Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
 *         .setTypes(AdderInput.class, AdderPrediction.class)
 *         .optModelPath(Path.of("my-model.zip"))
 *         .optEngine("MXNet")
 *         .optBlock(AdderModels.newBlock("compact"))
 *         .optTranslator(new AdderTranslator())
 *         .build();
 * }</pre>
 */
public final class AdderModels {

    private AdderModels() {}

    /** A fresh block of the architecture named on the model card ({@code "compact"} or {@code "seed"}). */
    public static Block newBlock(String architectureId) {
        AdderNetwork network = ArchitectureId.byId(architectureId).newNetwork();
        return network;
    }
}
