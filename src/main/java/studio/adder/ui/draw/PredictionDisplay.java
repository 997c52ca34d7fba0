package studio.adder.ui.draw;

import studio.adder.predict.TimedPrediction;
import studio.adder.ui.common.Percent;

/**
 * One prediction as the drawing tab shows it: texts ready to display, both heads' probabilities
 * and the 28x28 input the model saw.
 *
 * @param digit the digit head's answer
 * @param digitConfidence its probability as a percentage
 * @param sum the sum head's answer
 * @param sumConfidence its probability as a percentage
 * @param headsAgree whether the sum head equals digit head + number
 * @param agreement a sentence saying whether the heads agree
 * @param digitProbabilities 10 probabilities
 * @param sumProbabilities 19 probabilities
 * @param modelInput the 784 pixels the model saw
 */
public record PredictionDisplay(
        String digit,
        String digitConfidence,
        String sum,
        String sumConfidence,
        boolean headsAgree,
        String agreement,
        float[] digitProbabilities,
        float[] sumProbabilities,
        float[] modelInput) {

    /** Prepares a prediction for display. */
    static PredictionDisplay of(TimedPrediction result) {
        var prediction = result.prediction();
        return new PredictionDisplay(
                Integer.toString(prediction.digit()), Percent.of(prediction.digitConfidence()),
                Integer.toString(prediction.sum()), Percent.of(prediction.sumConfidence()),
                result.headsAgree(), PredictionTexts.agreement(result),
                prediction.digitProbabilities(), prediction.sumProbabilities(), result.input().pixels());
    }
}
