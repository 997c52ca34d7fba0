package studio.adder.predict;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.util.List;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.client.AdderTranslator;
import studio.adder.model.LoadedModel;

/**
 * Answers {@link AdderInput}s with a loaded model; not thread-safe, so keep it on the engine
 * thread that created it.
 */
public final class DigitPredictor implements AutoCloseable {

    private final LoadedModel loaded;
    private final Predictor<AdderInput, AdderPrediction> predictor;

    /** Wraps a loaded model; the predictor does not own the model. */
    public DigitPredictor(LoadedModel loaded) {
        this.loaded = loaded;
        this.predictor = loaded.model().newPredictor(new AdderTranslator());
    }

    /** The model this predictor uses. */
    public LoadedModel model() {
        return loaded;
    }

    /** Predicts one input. */
    public AdderPrediction predict(AdderInput input) {
        try {
            return predictor.predict(input);
        } catch (TranslateException e) {
            throw new IllegalStateException("Prediction failed: " + e.getMessage(), e);
        }
    }

    /** Predicts many inputs in one batch. */
    public List<AdderPrediction> predictAll(List<AdderInput> inputs) {
        try {
            return predictor.batchPredict(inputs);
        } catch (TranslateException e) {
            throw new IllegalStateException("Prediction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        predictor.close();
    }
}
