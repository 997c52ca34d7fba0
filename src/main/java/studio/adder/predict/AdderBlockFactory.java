package studio.adder.predict;

import ai.djl.Model;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The block factory's former name, still written in the {@code serving.properties} of archives
 * exported before the client types moved to {@code studio.adder.client}; DJL finds it by that name,
 * so those archives keep loading.
 *
 * @deprecated new archives name {@code studio.adder.client.AdderBlockFactory}; use that one.
 */
@Deprecated(since = "0.1.0")
public final class AdderBlockFactory implements BlockFactory {

    private static final long serialVersionUID = 1L;

    // CHECKSTYLE:OFF the same simple name in two packages; the new home is written out on purpose.
    private final BlockFactory current = new studio.adder.client.AdderBlockFactory();
    // CHECKSTYLE:ON

    @Override
    public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments) throws IOException {
        return current.newBlock(model, modelPath, arguments);
    }
}
