package studio.adder.train;

import studio.adder.util.EnumIds;

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
        return EnumIds.parse(OptimizerKind.class, OptimizerKind::id, text, "optimizer");
    }

    /** The ids, comma separated. */
    public static String ids() {
        return EnumIds.list(OptimizerKind.class, OptimizerKind::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
