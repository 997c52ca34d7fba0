package studio.adder.train;

import java.util.List;

/**
 * The result of scoring a model on a test set.
 *
 * @param evaluated exactly how many samples were scored (accuracies divide by this)
 * @param metrics both heads' loss and accuracy
 * @param digitConfusion true digit against predicted digit
 * @param mistakes the first few samples where either head was wrong
 */
public record Evaluation(
        int evaluated, HeadMetrics metrics, ConfusionMatrix digitConfusion, List<Mistake> mistakes) {

    /** Freezes the list of mistakes. */
    public Evaluation {
        mistakes = List.copyOf(mistakes);
    }
}
