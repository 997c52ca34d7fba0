package studio.adder.explain;

import java.util.Arrays;

/**
 * A convolution's weights: for each output channel, one square kernel per input channel.
 *
 * @param outputs output channels (the layer's feature maps)
 * @param inputs input channels
 * @param side kernel side (3 for 3x3, 1 for 1x1)
 * @param weights (outputs, inputs, side, side), row-major
 */
public record ConvKernels(int outputs, int inputs, int side, float[] weights) {

    /** Checks the size and copies the weights. */
    public ConvKernels {
        if (weights.length != outputs * inputs * side * side) {
            throw new IllegalArgumentException("Kernel weights do not match their shape");
        }
        weights = weights.clone();
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    /** The kernel that output channel {@code output} applies to input channel {@code input}. */
    public float[] kernel(int output, int input) {
        int size = side * side;
        int start = (output * inputs + input) * size;
        return Arrays.copyOfRange(weights, start, start + size);
    }
}
