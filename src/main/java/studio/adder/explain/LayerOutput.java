package studio.adder.explain;

import java.util.Arrays;

/**
 * One layer's output for one input, as plain Java: a feature map stack (channels, height, width) or a vector.
 *
 * @param name a short label such as "conv 2" or "dense"
 * @param shape the output shape without the batch axis, e.g. {16, 28, 28} or {10}
 * @param values the output, row-major in {@code shape}
 * @param kernels the layer's convolution kernels, or null when it has none
 */
public record LayerOutput(String name, int[] shape, float[] values, ConvKernels kernels) {

    /** Copies the arrays so the record stays immutable. */
    public LayerOutput {
        shape = shape.clone();
        values = values.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public float[] values() {
        return values.clone();
    }

    /** Whether the output is a stack of 2-D maps (channels, height, width). */
    public boolean isMaps() {
        return shape.length == 3;
    }

    /** Number of channels: the first axis of maps, or the vector's length. */
    public int channels() {
        return shape[0];
    }

    /** Values in one channel: height x width for maps, 1 for a vector. */
    public int channelSize() {
        return isMaps() ? shape[1] * shape[2] : 1;
    }

    /** The values of one channel (one map), row-major. */
    public float[] channel(int channel) {
        int size = channelSize();
        return Arrays.copyOfRange(values, channel * size, (channel + 1) * size);
    }

    /** The mean of each channel. */
    public float[] channelMeans() {
        float[] means = new float[channels()];
        int size = channelSize();
        for (int c = 0; c < means.length; c++) {
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[c * size + i];
            }
            means[c] = (float) (sum / size);
        }
        return means;
    }

    /** The maximum of each channel. */
    public float[] channelMaxima() {
        float[] maxima = new float[channels()];
        int size = channelSize();
        for (int c = 0; c < maxima.length; c++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < size; i++) {
                max = Math.max(max, values[c * size + i]);
            }
            maxima[c] = max;
        }
        return maxima;
    }

    /** The shape as people write it: "16x28x28". */
    public String shapeText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : "x").append(shape[i]);
        }
        return text.toString();
    }
}
