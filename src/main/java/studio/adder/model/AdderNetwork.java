package studio.adder.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The two-headed adder network: a digit classifier followed by a sum head that combines the
 * digit logits with the one-hot number.
 *
 * <p>Inputs: {@code NDList(images (B,1,28,28) normalised, numbers (B,10) one-hot)}. Outputs:
 * {@code NDList(digit logits (B,10), sum logits (B,19))}, in that order everywhere (losses,
 * evaluators and the translator rely on it).
 */
public final class AdderNetwork extends AbstractBlock {

    /** Digit classes 0-9. */
    public static final int DIGITS = 10;
    /** Sum classes 0-18. */
    public static final int SUMS = 19;
    /** Side of the square input image. */
    public static final int SIDE = 28;

    private static final byte VERSION = 1;

    private final Block digitNet;
    private final Block sumHead;

    /**
     * Combines a digit network with a sum head.
     *
     * @param digitNet maps images (B,1,28,28) to digit logits (B,10)
     * @param sumHead maps {@code NDList(digit logits, number one-hot)} to sum logits (B,19)
     */
    public AdderNetwork(Block digitNet, Block sumHead) {
        super(VERSION);
        this.digitNet = addChildBlock("digits", digitNet);
        this.sumHead = addChildBlock("sum", sumHead);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList digitLogits = digitNet.forward(store, new NDList(inputs.get(0)), training, params);
        NDList sumLogits =
                sumHead.forward(
                        store, new NDList(digitLogits.singletonOrThrow(), inputs.get(1)), training, params);
        return new NDList(digitLogits.singletonOrThrow(), sumLogits.singletonOrThrow());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[] {new Shape(batch, DIGITS), new Shape(batch, SUMS)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        digitNet.initialize(manager, dataType, inputShapes[0]);
        long batch = inputShapes[0].get(0);
        sumHead.initialize(manager, dataType, new Shape(batch, DIGITS), inputShapes[1]);
    }

    /** The input shapes for a batch of the given size, for {@code initialize}. */
    public static Shape[] inputShapes(long batchSize) {
        return new Shape[] {new Shape(batchSize, 1, SIDE, SIDE), new Shape(batchSize, DIGITS)};
    }
}
