package studio.adder.explain;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import studio.adder.client.AdderInput;
import studio.adder.data.MnistData;
import studio.adder.engine.EngineSetup;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;
import studio.adder.predict.PredictionService;

/**
 * Looks inside whichever model the prediction service has active, for the Inside tab. Engine thread only, like
 * the prediction service itself; what it returns is plain Java.
 */
public final class InsideService {

    private final PredictionService predictions;
    private LoadedModel explained;
    private Explainer explainer;

    /** Explains the active model of {@code predictions}. */
    public InsideService(PredictionService predictions) {
        this.predictions = predictions;
    }

    /** Everything for one input, or empty while no model is active. */
    public Optional<Explanation> explain(float[] pixels, int number, Head head, SaliencyMethod method) {
        return current().map(e -> e.explain(new AdderInput(pixels, number), head, method));
    }

    /** The cheap first look at one input (layers, answers, sum head; no saliency), or empty without a model. */
    public Optional<Explanation> look(float[] pixels, int number) {
        return current().map(e -> e.look(new AdderInput(pixels, number)));
    }

    /**
     * Which pixels decided {@code head}'s answer in {@code look}, or empty while no model is active. The saliency
     * is of the active model, which may differ from the look's after a model switch: the caller drops it then.
     */
    public Optional<Saliency> saliency(Explanation look, Head head, SaliencyMethod method) {
        return current().map(e -> e.saliency(new AdderInput(look.input(), look.number()), head, look.target(head),
                method));
    }

    /**
     * The penultimate features of the first {@code limit} test images (0: all) under the active model, for the map
     * of all digits (laid out by {@link DigitMaps} away from the engine), or empty without a model.
     */
    public Optional<FeatureSet> features(MnistData test, int limit, DoubleConsumer progress) {
        return current().map(e -> DigitMapper.features(e, test, limit, progress));
    }

    /** The same for a saved model such as a training run's checkpoint, loaded for this pass and closed again. */
    public FeatureSet features(Path modelFolder, MnistData test, int limit, DoubleConsumer progress) {
        try (LoadedModel checkpoint = ModelLibrary.load(modelFolder, EngineSetup.start().device())) {
            return DigitMapper.features(new Explainer(checkpoint.model()), test, limit, progress);
        }
    }

    private Optional<Explainer> current() {
        Optional<LoadedModel> active = predictions.activeLoadedModel();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        // A new model brings new weights and maybe a new architecture: read its layers afresh.
        if (active.get() != explained) {
            explained = active.get();
            explainer = new Explainer(explained.model());
        }
        return Optional.of(explainer);
    }
}
