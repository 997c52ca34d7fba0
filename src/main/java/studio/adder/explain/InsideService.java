package studio.adder.explain;

import java.util.Optional;
import java.util.function.DoubleConsumer;
import studio.adder.client.AdderInput;
import studio.adder.data.MnistData;
import studio.adder.model.LoadedModel;
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

    /** The map of the first {@code limit} test images (0: all) under the active model, or empty without one. */
    public Optional<DigitMap> map(MnistData test, int limit, DoubleConsumer progress) {
        return current().map(e -> DigitMapper.map(e, test, limit, progress));
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
