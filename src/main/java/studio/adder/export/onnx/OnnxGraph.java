package studio.adder.export.onnx;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import studio.adder.export.ModelWeights;
import studio.adder.export.onnx.proto.OnnxIr.AttributeProto;
import studio.adder.export.onnx.proto.OnnxIr.GraphProto;
import studio.adder.export.onnx.proto.OnnxIr.NodeProto;
import studio.adder.export.onnx.proto.OnnxIr.TensorProto;
import studio.adder.export.onnx.proto.OnnxIr.TensorShapeProto;
import studio.adder.export.onnx.proto.OnnxIr.TypeProto;
import studio.adder.export.onnx.proto.OnnxIr.ValueInfoProto;

/**
 * Builds an ONNX graph one operator at a time, in the vocabulary our networks use. Each method
 * adds a node and returns the name of its output, so a network reads as a chain of calls. Weights
 * become initializers under their PyTorch names; operator semantics are those of opset 13.
 */
final class OnnxGraph {

    /** The named, free batch dimension of every input and output. */
    static final String BATCH = "N";

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final ModelWeights weights;
    private final Set<String> initialized = new HashSet<>();
    private int counter;

    OnnxGraph(String name, ModelWeights weights) {
        this.weights = weights;
        graph.setName(name);
    }

    /** Declares a float input of shape (N, dims...). */
    String input(String name, String doc, long... dims) {
        graph.addInput(floatValue(name, doc, dims));
        return name;
    }

    /** Names {@code value} as a graph output of shape (N, dims...) by passing it through Identity. */
    void output(String value, String name, String doc, long... dims) {
        node("Identity", List.of(value), name, List.of());
        graph.addOutput(floatValue(name, doc, dims));
    }

    /** A 2-D convolution, stride 1, with the trained kernel and bias {@code prefix.weight}, {@code prefix.bias}. */
    String conv(String x, String prefix, int padding) {
        long[] kernel = weights.get(prefix + ".weight").shape();
        return node("Conv", List.of(x, weight(prefix + ".weight"), weight(prefix + ".bias")), null, List.of(
                ints("kernel_shape", kernel[2], kernel[3]),
                ints("pads", padding, padding, padding, padding),
                ints("strides", 1, 1)));
    }

    /** Batch normalisation with the running statistics (inference mode). */
    String batchNorm(String x, String prefix, float epsilon) {
        return node("BatchNormalization", List.of(x, weight(prefix + ".weight"), weight(prefix + ".bias"),
                weight(prefix + ".running_mean"), weight(prefix + ".running_var")), null,
                List.of(floatAttribute("epsilon", epsilon)));
    }

    String relu(String x) {
        return node("Relu", List.of(x), null, List.of());
    }

    /** 2x2 max pooling, stride 2. */
    String maxPool2(String x) {
        return node("MaxPool", List.of(x), null, List.of(ints("kernel_shape", 2, 2), ints("strides", 2, 2)));
    }

    /** (N, ...) to (N, rest). */
    String flatten(String x) {
        return node("Flatten", List.of(x), null, List.of(intAttribute("axis", 1)));
    }

    /** A dense layer y = x W^T (+ b), W of shape (out, in) as DJL and PyTorch keep it. */
    String dense(String x, String prefix, boolean bias) {
        List<String> inputs = bias ? List.of(x, weight(prefix + ".weight"), weight(prefix + ".bias"))
                : List.of(x, weight(prefix + ".weight"));
        return node("Gemm", inputs, null, List.of(intAttribute("transB", 1)));
    }

    String softmax(String x) {
        return node("Softmax", List.of(x), null, List.of(intAttribute("axis", 1)));
    }

    /** Concatenates along the feature axis. */
    String concat(String a, String b) {
        return node("Concat", List.of(a, b), null, List.of(intAttribute("axis", 1)));
    }

    /** Inserts a dimension of 1 at {@code axis}. */
    String unsqueeze(String x, long axis) {
        return node("Unsqueeze", List.of(x, constantLongs(axis)), null, List.of());
    }

    /** Element-wise product, with broadcasting. */
    String mul(String a, String b) {
        return node("Mul", List.of(a, b), null, List.of());
    }

    String mulScalar(String x, float factor) {
        String name = fresh("scale");
        graph.addInitializer(floats(name, new long[0], new float[] {factor}));
        return mul(x, name);
    }

    /** Reshapes to (N, columns). */
    String reshapeRows(String x, long columns) {
        return node("Reshape", List.of(x, constantLongs(-1, columns)), null, List.of());
    }

    GraphProto build() {
        return graph.build();
    }

    private String weight(String name) {
        if (initialized.add(name)) {
            ModelWeights.Tensor tensor = weights.get(name);
            graph.addInitializer(floats(name, tensor.shape(), tensor.values()));
        }
        return name;
    }

    private String constantLongs(long... values) {
        String name = fresh("shape");
        graph.addInitializer(TensorProto.newBuilder().setName(name).addDims(values.length)
                .setDataType(TensorProto.DataType.INT64_VALUE)
                .addAllInt64Data(Arrays.stream(values).boxed().toList()));
        return name;
    }

    private String node(String op, List<String> inputs, String output, List<AttributeProto> attributes) {
        String name = output != null ? output : fresh(op.toLowerCase(Locale.ROOT));
        graph.addNode(NodeProto.newBuilder().setOpType(op).setName(name + "_node")
                .addAllInput(inputs).addOutput(name).addAllAttribute(attributes));
        return name;
    }

    private String fresh(String stem) {
        return stem + "_" + ++counter;
    }

    private static TensorProto floats(String name, long[] shape, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name)
                .setDataType(TensorProto.DataType.FLOAT_VALUE).setRawData(ByteString.copyFrom(raw.array()));
        for (long dim : shape) {
            tensor.addDims(dim);
        }
        return tensor.build();
    }

    private static ValueInfoProto floatValue(String name, String doc, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH));
        for (long dim : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(dim));
        }
        TypeProto type = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).setDocString(doc).build();
    }

    private static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.INTS);
        for (long value : values) {
            attribute.addInts(value);
        }
        return attribute.build();
    }

    private static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    private static AttributeProto floatAttribute(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }
}
