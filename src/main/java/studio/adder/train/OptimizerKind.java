package studio.adder.train;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The optimisers a run can use; {@link TrainerFactory} turns one into DJL's optimiser. */
public enum OptimizerKind {
    /** Stochastic gradient descent with momentum 0.9, as in the seed notebook. */
    SGD("sgd"),
    /** Adam with DJL's default betas. */
    ADAM("adam");

    private final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    /** The id written on model cards and accepted by {@code --optimizer}. */
    public String id() {
        return id;
    }

    /** The optimiser named {@code text} (any case), or an error listing the choices. */
    public static OptimizerKind parse(String text) {
        return Arrays.stream(values())
                .filter(value -> value.id.equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown optimizer '" + text + "'. Choose one of: " + ids() + "."));
    }

    /** The ids, comma separated. */
    public static String ids() {
        return Arrays.stream(values()).map(OptimizerKind::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
