package studio.adder.predict;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.TranslateException;
import java.util.List;
import java.util.Optional;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.client.AdderTranslator;
import studio.adder.model.AdderNetwork;
import studio.adder.model.LoadedModel;

/**
 * Answers {@link AdderInput}s with a loaded model; not thread-safe, so keep it on the engine
 * thread that created it.
 *
 * <p>Where the architecture offers one, the answers come from its answering network (batch norms
 * folded away), a copy this predictor owns; the loaded model stays as it was for everything else.
 */
public final class DigitPredictor implements AutoCloseable {

    private final LoadedModel loaded;
    private final Model answering;
    private final Predictor<AdderInput, AdderPrediction> predictor;

    /** Wraps a loaded model; the predictor does not own the model. */
    public DigitPredictor(LoadedModel loaded) {
        this.loaded = loaded;
        this.answering = answeringCopy(loaded);
        this.predictor = (answering == null ? loaded.model() : answering).newPredictor(new AdderTranslator());
    }

    private static Model answeringCopy(LoadedModel loaded) {
        Model trained = loaded.model();
        NDManager manager = trained.getNDManager();
        Model copy = Model.newInstance(trained.getName() + "-answering", manager.getDevice(),
                manager.getEngine().getEngineName());
        try {
            Optional<AdderNetwork> network = loaded.architecture().answeringNetwork(trained.getBlock(), copy.getNDManager());
            if (network.isEmpty()) {
                copy.close();
                return null;
            }
            copy.setBlock(network.get());
            return copy;
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
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
        if (answering != null) {
            answering.close();
        }
    }
}
