package studio.adder.ui.draw;

import java.util.List;
import java.util.Optional;
import studio.adder.predict.Predictions;
import studio.adder.predict.TimedPrediction;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;
import studio.adder.preprocess.Stroke;
import studio.adder.preprocess.StrokePoint;

/**
 * One prediction to make: a snapshot of the drawing (strokes in drawing pixels, or a picture), the
 * number, and the drawing's version, so that an answer for a drawing since changed is known stale.
 */
record PredictionRequest(List<Stroke> strokes, GrayImage picture, int number, long version) {

    /**
     * Runs the stroke preparation thirty times on a made-up stroke, about what the JIT needs to compile it, before
     * the user's first stroke: in a fresh JVM the first call took about 200 ms (loading Java2D's rasterizer) and
     * the next twenty 5-12 ms each, against 1-2 ms warm (3 December 2026, slow 2-core machine).
     */
    static void warmUp() {
        int side = DrawViewModel.DRAWING_SIDE;
        List<StrokePoint> points = List.of(new StrokePoint(side * 0.3, side * 0.2),
                new StrokePoint(side * 0.7, side * 0.2), new StrokePoint(side * 0.4, side * 0.8));
        for (int i = 0; i < 30; i++) {
            MnistPreprocessor.toMnist(List.of(new Stroke(20, points)), side, side);
        }
    }

    /** Prepares the 28x28 input and predicts it; empty when there is too little ink to read. */
    Optional<TimedPrediction> run(Predictions predictions) {
        Optional<float[]> pixels = picture != null
                ? MnistPreprocessor.toMnist(picture)
                : MnistPreprocessor.toMnist(strokes, DrawViewModel.DRAWING_SIDE, DrawViewModel.DRAWING_SIDE);
        return pixels.map(input -> predictions.predict(input, number));
    }
}
