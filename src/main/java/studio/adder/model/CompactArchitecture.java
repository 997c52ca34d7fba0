package studio.adder.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import java.util.Optional;

/**
 * The default architecture: a small batch-normalised CNN sized for a 2-core CPU, and a sum head
 * that can actually add.
 *
 * <p>The sum head takes the outer product of the digit probabilities and the one-hot number (a
 * 10x10 grid with one lit column), so a single dense layer only has to learn which cell means
 * which sum. Sum accuracy then tracks digit accuracy instead of lagging far behind it.
 */
public final class CompactArchitecture implements Architecture {

    /** Identifier on cards and the command line. */
    public static final String ID = "compact";

    /**
     * Scales the outer product so the dense layer sees logits of a useful size from the start
     * (public for the exporters, which rebuild this head in other runtimes).
     */
    public static final float OUTER_PRODUCT_SCALE = 10f;

    /**
     * The batch norms' epsilon (DJL's and PyTorch's default), public because everything that computes
     * a batch norm outside the block (folding, the Inside tab, the exporters) must use the same.
     */
    public static final float BATCH_NORM_EPSILON = 1e-5f;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "Compact batch-norm CNN with an outer-product sum head, tuned for fast CPU training";
    }

    @Override
    public AdderNetwork newNetwork() {
        return new AdderNetwork(digitNet(true), sumHead());
    }

    /** The trained network with each batch norm folded into the convolution before it. */
    @Override
    public Optional<AdderNetwork> answeringNetwork(Block trained, NDManager manager) {
        AdderNetwork folded = new AdderNetwork(digitNet(false), sumHead());
        folded.initialize(manager, DataType.FLOAT32, AdderNetwork.inputShapes(1));
        BatchNormFolding.copyFolded(trained, folded, BATCH_NORM_EPSILON, manager);
        return Optional.of(folded);
    }

    /**
     * 4.8 M multiply-accumulates per image. Only 3x3 kernels: MKL-DNN runs them several times
     * faster per operation than 5x5 ones on this CPU (measured: a 5x5 stem halved throughput).
     */
    private static SequentialBlock digitNet(boolean batchNorm) {
        return new SequentialBlock()
                .add(convBnRelu(16, 1, batchNorm)) // 28x28
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(convBnRelu(32, 1, batchNorm)) // 14x14
                .add(convBnRelu(48, 1, batchNorm))
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(convBnRelu(96, 0, batchNorm)) // 7x7 -> 5x5
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(AdderNetwork.DIGITS).build());
    }

    /** Convolution, batch norm and ReLU; without the batch norm in the network that answers only. */
    private static SequentialBlock convBnRelu(int filters, int padding, boolean batchNorm) {
        SequentialBlock layer = new SequentialBlock().add(Layers.conv(filters, 3, padding));
        if (batchNorm) {
            layer.add(BatchNorm.builder().optEpsilon(BATCH_NORM_EPSILON).build());
        }
        return layer.add(Activation.reluBlock());
    }

    private static SequentialBlock sumHead() {
        return new SequentialBlock()
                .add(new LambdaBlock(CompactArchitecture::outerProduct, "outer"))
                .add(Linear.builder().setUnits(AdderNetwork.SUMS).build());
    }

    private static NDList outerProduct(NDList logitsAndNumber) {
        NDArray probabilities = logitsAndNumber.get(0).softmax(1).expandDims(2);
        NDArray number = logitsAndNumber.get(1).expandDims(1);
        NDArray grid = probabilities.mul(number).reshape(-1, 100).mul(OUTER_PRODUCT_SCALE);
        return new NDList(grid);
    }
}
