package studio.adder.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.norm.BatchNorm;
import java.util.Arrays;
import java.util.List;

/**
 * Copies a trained network's parameters into the same network without its batch norms, each one
 * folded into the convolution before it, for answering only.
 *
 * <p>Why: at inference a batch norm is a fixed per-channel scale and shift, which the convolution's
 * weights and bias can absorb; at batch 1 each of the four is an engine call that costs more than
 * its arithmetic (docs/benchmarks.md, prediction latency). The folded network gives the same
 * answers to float rounding; training, the Inside tab and the exports keep the trained one.
 */
final class BatchNormFolding {

    private BatchNormFolding() {}

    /**
     * Fills {@code folded}, an initialised block laid out as {@code trained} but with no
     * {@link BatchNorm} after each convolution that had one, from {@code trained}'s parameters.
     *
     * @param epsilon the epsilon {@code trained}'s batch norms were built with
     * @param scratch the manager whose sub-managers hold the arithmetic's intermediate arrays
     * @throws IllegalArgumentException when the two blocks are not laid out alike
     */
    static void copyFolded(Block trained, Block folded, float epsilon, NDManager scratch) {
        List<Block> from = trained.getChildren().values();
        List<Block> to = folded.getChildren().values();
        if (from.isEmpty()) {
            copyParameters(trained, folded);
            return;
        }
        int target = 0;
        for (int i = 0; i < from.size(); i++, target++) {
            if (target >= to.size()) {
                throw new IllegalArgumentException("The folded network has fewer layers than the trained one");
            }
            Block child = from.get(i);
            boolean normalised = i + 1 < from.size() && from.get(i + 1) instanceof BatchNorm;
            if (child instanceof Convolution && normalised) {
                fold(child, from.get(i + 1), to.get(target), epsilon, scratch);
                i++;
            } else {
                copyFolded(child, to.get(target), epsilon, scratch);
            }
        }
        if (target != to.size()) {
            throw new IllegalArgumentException("The folded network has more layers than the trained one");
        }
    }

    /** weight' = weight * s and bias' = (bias - mean) * s + beta, with s = gamma / sqrt(var + epsilon), per channel. */
    private static void fold(Block conv, Block batchNorm, Block target, float epsilon, NDManager scratch) {
        try (NDManager manager = scratch.newSubManager()) {
            NDArray weight = array(conv, "weight", manager);
            NDArray bias = array(conv, "bias", manager);
            NDArray scale = array(batchNorm, "gamma", manager)
                    .div(array(batchNorm, "runningVar", manager).add(epsilon).sqrt());
            long[] perOutputChannel = new long[weight.getShape().dimension()];
            Arrays.fill(perOutputChannel, 1);
            perOutputChannel[0] = scale.size();
            set(target, "weight", weight.mul(scale.reshape(perOutputChannel)));
            set(target, "bias", bias.sub(array(batchNorm, "runningMean", manager)).mul(scale)
                    .add(array(batchNorm, "beta", manager)));
        }
    }

    private static void copyParameters(Block from, Block to) {
        if (from.getParameters().size() != to.getParameters().size()) {
            throw new IllegalArgumentException(from.getClass().getSimpleName() + " and "
                    + to.getClass().getSimpleName() + " hold different parameters");
        }
        for (var entry : from.getParameters()) {
            set(to, entry.getKey(), entry.getValue().getArray());
        }
    }

    private static NDArray array(Block block, String name, NDManager manager) {
        // A copy in the scratch manager, so the arithmetic below leaves nothing in the model's.
        NDArray value = parameter(block, name).getArray();
        return manager.create(value.toFloatArray(), value.getShape());
    }

    private static void set(Block block, String name, NDArray value) {
        NDArray target = parameter(block, name).getArray();
        if (!target.getShape().equals(value.getShape())) {
            throw new IllegalArgumentException(name + " is " + value.getShape() + " in the trained network but "
                    + target.getShape() + " in the folded one");
        }
        target.set(value.toFloatArray());
    }

    private static Parameter parameter(Block block, String name) {
        Parameter parameter = block.getParameters().get(name);
        if (parameter == null) {
            throw new IllegalArgumentException(block.getClass().getSimpleName() + " has no parameter " + name);
        }
        return parameter;
    }
}
