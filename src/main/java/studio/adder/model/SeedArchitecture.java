package studio.adder.model;

import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;

/**
 * The seed notebook's "MNIST adder" network, layer for layer, with PyTorch's initialisation.
 *
 * <p>Its sum head concatenates the digit logits with the one-hot number and passes them through
 * three dense layers without biases or activations in between, so it is one linear map: it cannot
 * learn addition well, which is exactly what users can watch happen.
 */
public final class SeedArchitecture implements Architecture {

    /** Identifier on cards and the command line. */
    public static final String ID = "seed";

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
        return "The seed notebook's network: 7 convolutions, a linear sum head (460,198 parameters)";
    }

    @Override
    public AdderNetwork newNetwork() {
        return new AdderNetwork(digitNet(), sumHead());
    }

    private static SequentialBlock digitNet() {
        return new SequentialBlock()
                .add(Layers.torchConv(1, 16, 3, 1))
                .add(Activation.reluBlock())
                .add(Layers.torchConv(16, 32, 3, 1))
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Layers.torchConv(32, 64, 3, 1))
                .add(Activation.reluBlock())
                .add(Layers.torchConv(64, 64, 3, 1))
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Layers.torchConv(64, 128, 3, 0))
                .add(Activation.reluBlock())
                .add(Layers.torchConv(128, 256, 3, 0))
                .add(Activation.reluBlock())
                .add(Layers.torchConv(256, 10, 3, 0))
                .add(Blocks.batchFlattenBlock());
    }

    private static SequentialBlock sumHead() {
        return new SequentialBlock()
                .add(new LambdaBlock(SeedArchitecture::concatenate, "concat"))
                .add(Layers.torchLinearNoBias(20, 50))
                .add(Layers.torchLinearNoBias(50, 100))
                .add(Layers.torchLinearNoBias(100, AdderNetwork.SUMS));
    }

    private static NDList concatenate(NDList logitsAndNumber) {
        return new NDList(NDArrays.concat(logitsAndNumber, 1));
    }
}
