package studio.adder.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.UniformInitializer;

/** Small factories for the layers our architectures share. */
final class Layers {

    private Layers() {}

    /** A square convolution with DJL's default initialisation. */
    static Conv2d conv(int filters, int kernel, int padding) {
        return Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optPadding(new Shape(padding, padding))
                .setFilters(filters)
                .build();
    }

    /**
     * A convolution initialised like PyTorch's {@code nn.Conv2d}: weights and biases uniform in
     * +-1/sqrt(fan_in). The seed network diverges to NaN under DJL's default initialisation.
     */
    static Block torchConv(int inChannels, int filters, int kernel, int padding) {
        return torchInit(conv(filters, kernel, padding), inChannels * kernel * kernel);
    }

    /** A dense layer without bias, initialised like PyTorch's {@code nn.Linear(bias=False)}. */
    static Block torchLinearNoBias(int inUnits, int units) {
        Linear linear = Linear.builder().setUnits(units).optBias(false).build();
        return torchInit(linear, inUnits);
    }

    private static Block torchInit(Block block, int fanIn) {
        float bound = (float) (1.0 / Math.sqrt(fanIn));
        block.setInitializer(new UniformInitializer(bound), Parameter.Type.WEIGHT);
        block.setInitializer(new UniformInitializer(bound), Parameter.Type.BIAS);
        return block;
    }
}
