package studio.adder.explain;

import java.util.List;
import studio.adder.client.AdderPrediction;

/**
 * Everything the Inside tab shows for one input, as plain Java: what the model saw, each layer's output, both
 * heads' answers, which pixels decided, and how the sum head combines its inputs.
 *
 * @param input the 784 pixels the model saw (0..1, white ink on black)
 * @param number the number added
 * @param layers every layer's output, the digit network first, then the sum head
 * @param featureLayer the index in {@code layers} of the penultimate layer, whose output places a drawing on
 *     the map of all digits
 * @param prediction both heads' probabilities
 * @param saliency which pixels decided the chosen head's answer, or null for a first look without it
 *     ({@link Explainer#look}), which saliency follows
 * @param sumHead the sum head made visible
 * @param millis time spent on the engine thread, saliency included
 */
public record Explanation(float[] input, int number, List<LayerOutput> layers, int featureLayer,
        AdderPrediction prediction,
        Saliency saliency, SumHeadView sumHead, double millis) {

    /** Copies what could change so the record stays immutable. */
    public Explanation {
        input = input.clone();
        layers = List.copyOf(layers);
    }

    /** The same explanation with {@code found} as its saliency (its time added). */
    public Explanation withSaliency(Saliency found) {
        return new Explanation(input, number, layers, featureLayer, prediction, found, sumHead,
                millis + found.millis());
    }

    /** The class whose score {@code head}'s saliency explains: that head's answer. */
    public int target(Head head) {
        return head == Head.DIGIT ? prediction.digit() : prediction.sum();
    }

    /** The penultimate layer's output, flattened: what the map of all digits is made of. */
    public float[] features() {
        return layers.get(featureLayer).values();
    }

    @Override
    public float[] input() {
        return input.clone();
    }
}
