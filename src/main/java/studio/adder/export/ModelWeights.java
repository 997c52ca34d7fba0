package studio.adder.export;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.adder.model.LoadedModel;

/**
 * A trained network's parameters as plain Java arrays, named as PyTorch would name them, in the
 * block's order. Read once on the engine thread; the exporters then work without DJL.
 *
 * <p>DJL names a parameter by its path through the block tree, each child numbered from 1
 * ({@code 01digits_01SequentialBlock_02BatchNorm_gamma}); PyTorch numbers the children of an
 * {@code nn.Sequential} from 0 and calls the same tensors {@code weight}, {@code bias},
 * {@code running_mean} and {@code running_var} ({@code digits.0.1.weight}). The exported
 * PyTorch module mirrors the DJL block child for child, so this renaming is the whole mapping.
 */
public final class ModelWeights {

    private static final Pattern CHILD = Pattern.compile("(\\d{2})([A-Za-z][A-Za-z0-9]*)");
    private static final Map<String, String> TORCH_PARAMETER = Map.of(
            "weight", "weight", "bias", "bias", "gamma", "weight", "beta", "bias",
            "runningMean", "running_mean", "runningVar", "running_var");

    private final Map<String, Tensor> tensors;

    /** One parameter: its shape (PyTorch's layout, which is DJL's) and its values, row-major. */
    public record Tensor(long[] shape, float[] values) {}

    private ModelWeights(Map<String, Tensor> tensors) {
        this.tensors = Collections.unmodifiableMap(tensors);
    }

    /** Copies the parameters of a loaded model; run it on the engine thread. */
    public static ModelWeights of(LoadedModel loaded) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Pair<String, Parameter> parameter : loaded.model().getBlock().getParameters()) {
            NDArray array = parameter.getValue().getArray();
            tensors.put(torchName(parameter.getKey()), new Tensor(array.getShape().getShape(), array.toFloatArray()));
        }
        return new ModelWeights(tensors);
    }

    /** The parameters by PyTorch name, in the block's order. */
    public Map<String, Tensor> tensors() {
        return tensors;
    }

    /**
     * The tensor named {@code name}.
     *
     * @throws IllegalStateException when the network has no such parameter (an exporter out of step
     *     with its architecture)
     */
    public Tensor get(String name) {
        Tensor tensor = tensors.get(name);
        if (tensor == null) {
            throw new IllegalStateException("The network has no parameter " + name + "; it has " + tensors.keySet());
        }
        return tensor;
    }

    /** {@code 01digits_01SequentialBlock_02BatchNorm_gamma} becomes {@code digits.0.1.weight}. */
    static String torchName(String djlName) {
        String[] parts = djlName.split("_");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            Matcher child = CHILD.matcher(parts[i]);
            if (!child.matches()) {
                throw new IllegalArgumentException("Unexpected DJL parameter name " + djlName);
            }
            // The network's own children keep their names (digits, sum); deeper ones are numbered.
            name.append(i == 0 ? child.group(2) : Integer.toString(Integer.parseInt(child.group(1)) - 1)).append('.');
        }
        String parameter = TORCH_PARAMETER.get(parts[parts.length - 1]);
        if (parameter == null) {
            throw new IllegalArgumentException("Unexpected DJL parameter name " + djlName);
        }
        return name.append(parameter).toString();
    }
}
