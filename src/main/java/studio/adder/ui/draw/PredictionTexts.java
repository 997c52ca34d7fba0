package studio.adder.ui.draw;

import java.util.Locale;
import studio.adder.predict.TimedPrediction;

/** Turns predictions into the words and numbers the drawing tab shows. */
final class PredictionTexts {

    private PredictionTexts() {
    }

    static String agreement(TimedPrediction result) {
        int digit = result.prediction().digit();
        int number = result.input().number();
        int sum = result.prediction().sum();
        if (result.headsAgree()) {
            return "The heads agree: " + digit + " + " + number + " = " + sum + ".";
        }
        // The seed architecture disagrees often; saying it plainly is the point of showing two heads.
        return "The heads disagree: the digit head reads " + digit + ", so " + digit + " + " + number
                + " = " + (digit + number) + ", but the sum head answers " + sum + ".";
    }

    static String latency(TimedPrediction result) {
        return String.format(Locale.ROOT, "Last prediction: %.1f ms", result.latencyMillis());
    }
}
