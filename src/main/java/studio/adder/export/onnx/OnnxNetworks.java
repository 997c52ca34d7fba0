package studio.adder.export.onnx;

import studio.adder.export.ModelWeights;
import studio.adder.export.onnx.proto.OnnxIr.GraphProto;
import studio.adder.model.AdderNetwork;
import studio.adder.model.ArchitectureId;
import studio.adder.model.CompactArchitecture;
import studio.adder.model.SeedArchitecture;

/**
 * Each architecture's network as an ONNX graph, layer for layer as its class in
 * {@code studio.adder.model} builds it in DJL ({@link CompactArchitecture}, {@link SeedArchitecture}),
 * with the two softmaxes added so the outputs are probabilities. The weights keep the names
 * {@link ModelWeights} gives them; a test compares every output with DJL's.
 */
final class OnnxNetworks {

    static final String IMAGE = "image";
    static final String NUMBER = "number";
    static final String DIGIT = "digit";
    static final String SUM = "sum";

    private OnnxNetworks() {}

    /** The graph of {@code architecture} with {@code weights} as initializers. */
    static GraphProto graph(ArchitectureId architecture, ModelWeights weights) {
        OnnxGraph graph = new OnnxGraph("adder_" + architecture.id(), weights);
        String image = graph.input(IMAGE, "float32 (N,1,28,28): 28x28 MNIST-style pictures, white ink on black,"
                + " normalised (x/255 - 0.1307) / 0.3081", 1, AdderNetwork.SIDE, AdderNetwork.SIDE);
        String number = graph.input(NUMBER, "float32 (N,10): the number to add, 0-9, one-hot", AdderNetwork.DIGITS);
        String logits = switch (architecture) {
            case COMPACT -> compactDigits(graph, image);
            case SEED -> seedDigits(graph, image);
        };
        String digit = graph.softmax(logits);
        String sumLogits = switch (architecture) {
            case COMPACT -> compactSum(graph, digit, number);
            case SEED -> seedSum(graph, logits, number);
        };
        graph.output(digit, DIGIT, "float32 (N,10): P(digit = 0..9)", AdderNetwork.DIGITS);
        graph.output(graph.softmax(sumLogits), SUM, "float32 (N,19): P(digit + number = 0..18)", AdderNetwork.SUMS);
        return graph.build();
    }

    /** Four conv-batch-norm-ReLU blocks (digits.0, .2, .3, .5), two max-pools, a dense layer (digits.7). */
    private static String compactDigits(OnnxGraph graph, String image) {
        String x = convBnRelu(graph, image, "digits.0", 1);
        x = graph.maxPool2(x);
        x = convBnRelu(graph, x, "digits.2", 1);
        x = convBnRelu(graph, x, "digits.3", 1);
        x = graph.maxPool2(x);
        x = convBnRelu(graph, x, "digits.5", 0);
        return graph.dense(graph.flatten(x), "digits.7", true);
    }

    private static String convBnRelu(OnnxGraph graph, String x, String block, int padding) {
        String convolved = graph.conv(x, block + ".0", padding);
        return graph.relu(graph.batchNorm(convolved, block + ".1", CompactArchitecture.BATCH_NORM_EPSILON));
    }

    /** Outer product of the digit probabilities and the one-hot number, scaled, then one dense layer (sum.1). */
    private static String compactSum(OnnxGraph graph, String digitProbabilities, String number) {
        String grid = graph.mul(graph.unsqueeze(digitProbabilities, 2), graph.unsqueeze(number, 1));
        String flat = graph.reshapeRows(grid, AdderNetwork.DIGITS * AdderNetwork.DIGITS);
        return graph.dense(graph.mulScalar(flat, CompactArchitecture.OUTER_PRODUCT_SCALE), "sum.1", true);
    }

    /** Seven convolutions with ReLUs between them and two max-pools; the last one's 10 channels are the logits. */
    private static String seedDigits(OnnxGraph graph, String image) {
        String x = graph.relu(graph.conv(image, "digits.0", 1));
        x = graph.relu(graph.conv(x, "digits.2", 1));
        x = graph.maxPool2(x);
        x = graph.relu(graph.conv(x, "digits.5", 1));
        x = graph.relu(graph.conv(x, "digits.7", 1));
        x = graph.maxPool2(x);
        x = graph.relu(graph.conv(x, "digits.10", 0));
        x = graph.relu(graph.conv(x, "digits.12", 0));
        return graph.flatten(graph.conv(x, "digits.14", 0));
    }

    /** The digit logits next to the one-hot number, through three dense layers without biases (sum.1-3). */
    private static String seedSum(OnnxGraph graph, String logits, String number) {
        String x = graph.concat(logits, number);
        x = graph.dense(x, "sum.1", false);
        x = graph.dense(x, "sum.2", false);
        return graph.dense(x, "sum.3", false);
    }
}
