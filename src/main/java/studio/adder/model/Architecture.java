package studio.adder.model;

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
}
