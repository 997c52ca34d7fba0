package studio.adder.model;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.Optional;

/**
 * A named network design for the adder task: a digit head and a sum head behind one block.
 *
 * <p>DJL {@code .params} files store weights, not structure, so the same architecture class
 * must build the block before training, prediction and loading alike.
 */
public interface Architecture {

    /** Stable identifier written to model cards and accepted by {@code --arch}. */
    String id();

    /** Bumped whenever the block's structure changes, so old cards are refused clearly. */
    int version();

    /** One line for users: what this design is and why it exists. */
    String description();

    /** Builds a fresh, uninitialised block with inputs (image 1x28x28, number one-hot 10). */
    AdderNetwork newNetwork();

    /**
     * A copy of a trained network laid out for answering only, with the same answers to float
     * rounding but fewer engine calls, its parameters in {@code manager}; empty where this design
     * has nothing to save, so the trained network answers itself.
     */
    default Optional<AdderNetwork> answeringNetwork(Block trained, NDManager manager) {
        return Optional.empty();
    }
}
