package studio.adder.ui.draw;

import java.util.List;
import java.util.Optional;
import studio.adder.predict.Predictions;
import studio.adder.predict.TimedPrediction;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;
import studio.adder.preprocess.Stroke;

/**
 * One prediction to make: a snapshot of the drawing (strokes in drawing pixels, or a picture), the
 * number, and the drawing's version, so that an answer for a drawing since changed is known stale.
 */
record PredictionRequest(List<Stroke> strokes, GrayImage picture, int number, long version) {

    /** Prepares the 28x28 input and predicts it; empty when there is too little ink to read. */
    Optional<TimedPrediction> run(Predictions predictions) {
        Optional<float[]> pixels = picture != null
                ? MnistPreprocessor.toMnist(picture)
                : MnistPreprocessor.toMnist(strokes, DrawViewModel.DRAWING_SIDE, DrawViewModel.DRAWING_SIDE);
        return pixels.map(input -> predictions.predict(input, number));
    }
}
