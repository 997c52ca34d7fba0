package studio.adder.bench;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;

/**
 * Counts the multiply-accumulates of a network's convolutions and dense layers per image, from
 * the shapes of an initialised block. Everything else (batch norm, activations, pooling) is a
 * few operations per value and left out, as FLOP counts usually do.
 */
public final class MultiplyAccumulates {

    private final long forward;
    private final long firstLayer;

    private MultiplyAccumulates(long forward, long firstLayer) {
        this.forward = forward;
        this.firstLayer = firstLayer;
    }

    /** Counts the layers of {@code network}, which must be initialised. */
    public static MultiplyAccumulates of(Block network) {
        long[] totals = new long[2]; // forward, first layer
        visit(network, totals);
        return new MultiplyAccumulates(totals[0], totals[1]);
    }

    /** Multiply-accumulates of one image's forward pass. */
    public long forwardPerImage() {
        return forward;
    }

    /**
     * Multiply-accumulates of one image's training step: the forward pass, the weight gradients
     * (as many again) and the input gradients (as many again, except the first layer's, whose
     * input is the image and needs none).
     */
    public long trainingPerImage() {
        return 3 * forward - firstLayer;
    }

    /** Floating-point operations (two per multiply-accumulate) of one training image. */
    public double trainingFlopsPerImage() {
        return 2.0 * trainingPerImage();
    }

    private static void visit(Block block, long[] totals) {
        long own = ownMultiplyAccumulates(block);
        if (own > 0) {
            if (totals[0] == 0) {
                totals[1] = own;
            }
            totals[0] += own;
            return;
        }
        for (Block child : block.getChildren().values()) {
            visit(child, totals);
        }
    }

    private static long ownMultiplyAccumulates(Block block) {
        if (block instanceof Convolution) {
            Shape output = block.getOutputShapes(block.getInputShapes())[0];
            long positions = output.slice(2).size(); // output pixels per filter
            return weightCount(block) * positions;
        }
        if (block instanceof Linear) {
            return weightCount(block);
        }
        return 0;
    }

    private static long weightCount(Block block) {
        for (Parameter parameter : block.getDirectParameters().values()) {
            if (parameter.getType() == Parameter.Type.WEIGHT) {
                return parameter.getArray().getShape().size();
            }
        }
        throw new IllegalStateException(block + " has no weight");
    }
}
