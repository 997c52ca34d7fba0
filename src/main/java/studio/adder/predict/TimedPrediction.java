package studio.adder.predict;

import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;

/**
 * A prediction with the time the engine spent on it.
 *
 * @param prediction both heads' probabilities
 * @param input the 28x28 image the model saw (0..1) and the number
 * @param latencyMillis wall time of the model call, preprocessing excluded
 */
public record TimedPrediction(AdderPrediction prediction, AdderInput input, double latencyMillis) {

    /** Whether the sum head agrees with "digit head + number". */
    public boolean headsAgree() {
        return prediction.sum() == prediction.digit() + input.number();
    }
}
