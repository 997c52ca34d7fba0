package studio.adder.explain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.adder.model.AdderNetwork;
import studio.adder.model.CompactArchitecture;

/**
 * The adder network as a flat list of its leaf layers, digit network first, then the sum head, so both
 * architectures are walked by one code path. Running the leaves in order computes exactly what the network's
 * own forward computes, with every intermediate output in hand.
 */
final class LayerWalk {

    /** One leaf layer with a readable name. */
    record Leaf(String name, Block block) {
        boolean hasParameters() {
            return !block.getParameters().isEmpty();
        }
    }

    private final List<Leaf> digitLeaves;
    private final List<Leaf> sumLeaves;
    private final int penultimate;

    LayerWalk(Block network) {
        if (!(network instanceof AdderNetwork)) {
            throw new IllegalArgumentException("Only adder networks can be looked inside, not "
                    + network.getClass().getSimpleName());
        }
        Map<String, Integer> counts = new HashMap<>();
        digitLeaves = leaves(network.getChildren().values().get(0), "", counts);
        sumLeaves = leaves(network.getChildren().values().get(1), "sum ", counts);
        int lastWithParameters = digitLeaves.size() - 1;
        while (lastWithParameters > 0 && !digitLeaves.get(lastWithParameters).hasParameters()) {
            lastWithParameters--;
        }
        penultimate = lastWithParameters - 1;
    }

    List<Leaf> digitLeaves() {
        return digitLeaves;
    }

    List<Leaf> sumLeaves() {
        return sumLeaves;
    }

    /** Index of the digit network's penultimate layer: the features its last weighted layer reads. */
    int penultimate() {
        return penultimate;
    }

    /** What one pass produced: every leaf's output, then the two heads' logits. */
    record Pass(List<NDArray> outputs, NDArray digitLogits, NDArray sumLogits) {
        NDArray logits(Head head) {
            return head == Head.DIGIT ? digitLogits : sumLogits;
        }
    }

    /** Runs every leaf in order; the arrays belong to the inputs' manager. */
    Pass run(ParameterStore store, NDArray images, NDArray numbers) {
        return run(store, images, numbers, false);
    }

    /**
     * Runs every leaf in order inside a gradient collector. MXNet refuses a batch norm in inference mode while
     * gradients are recorded, so batch norm is computed here from its learnt statistics, as inference does.
     */
    Pass runForGradient(ParameterStore store, NDArray images, NDArray numbers) {
        return run(store, images, numbers, true);
    }

    private Pass run(ParameterStore store, NDArray images, NDArray numbers, boolean recording) {
        List<NDArray> outputs = new ArrayList<>();
        NDList current = new NDList(images);
        for (Leaf leaf : digitLeaves) {
            current = recording && leaf.block() instanceof BatchNorm
                    ? new NDList(inferenceBatchNorm(leaf.block(), current.singletonOrThrow()))
                    : leaf.block().forward(store, current, false);
            outputs.add(current.singletonOrThrow());
        }
        NDArray digitLogits = current.singletonOrThrow();
        current = new NDList(digitLogits, numbers);
        for (Leaf leaf : sumLeaves) {
            current = leaf.block().forward(store, current, false);
            outputs.add(current.singletonOrThrow());
        }
        return new Pass(outputs, digitLogits, current.singletonOrThrow());
    }

    private static NDArray inferenceBatchNorm(Block norm, NDArray input) {
        long channels = input.getShape().get(1);
        Shape perChannel = new Shape(1, channels, 1, 1);
        NDArray mean = parameter(norm, "runningMean").reshape(perChannel);
        NDArray variance = parameter(norm, "runningVar").reshape(perChannel);
        NDArray gamma = parameter(norm, "gamma").reshape(perChannel);
        NDArray beta = parameter(norm, "beta").reshape(perChannel);
        return input.sub(mean).div(variance.add(CompactArchitecture.BATCH_NORM_EPSILON).sqrt()).mul(gamma).add(beta);
    }

    private static NDArray parameter(Block block, String name) {
        return block.getParameters().get(name).getArray();
    }

    private static List<Leaf> leaves(Block block, String prefix, Map<String, Integer> counts) {
        List<Leaf> found = new ArrayList<>();
        if (block instanceof SequentialBlock) {
            for (Block child : block.getChildren().values()) {
                found.addAll(leaves(child, prefix, counts));
            }
            return found;
        }
        String kind = kind(block);
        int index = counts.merge(prefix + kind, 1, Integer::sum);
        found.add(new Leaf(prefix + kind + " " + index, block));
        return found;
    }

    private static String kind(Block block) {
        if (block instanceof Conv2d) {
            return "conv";
        }
        if (block instanceof BatchNorm) {
            return "batch norm";
        }
        if (block instanceof Linear) {
            return "dense";
        }
        if (block instanceof LambdaBlock lambda) {
            String name = lambda.getName().toLowerCase(Locale.ROOT);
            if (name.contains("pool")) {
                return "max pool";
            }
            if (name.contains("flatten")) {
                return "flatten";
            }
            if (name.contains("outer")) {
                return "outer product";
            }
            return name;
        }
        return block.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
