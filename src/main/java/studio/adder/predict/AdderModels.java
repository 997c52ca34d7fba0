package studio.adder.predict;

import ai.djl.nn.Block;
import studio.adder.model.AdderNetwork;
import studio.adder.model.Architectures;

/**
 * The public factory other Java code uses to load an exported model with plain DJL:
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
        AdderNetwork network = Architectures.byId(architectureId).newNetwork();
        return network;
    }
}
