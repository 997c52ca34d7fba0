package studio.adder.ui.common;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.predict.ModelSummary;
import studio.adder.predict.PredictionService;
import studio.adder.train.TrainingService;

/**
 * What the tabs share: the runner that reaches the engine thread, the prediction service (touch
 * it only inside runner work), the training service, and the models trained in this session.
 */
public final class AppContext {

    private final BackgroundRunner runner;
    private final PredictionService predictions;
    private final TrainingService training;
    private final ObservableList<ModelSummary> sessionModels = FXCollections.observableArrayList();

    /**
     * @param runner reaches the engine thread (or runs inline in tests)
     * @param predictions the prediction service; use it only inside {@code runner} work
     * @param training starts training runs; use it only inside {@code runner} work
     */
    public AppContext(BackgroundRunner runner, PredictionService predictions, TrainingService training) {
        this.runner = Objects.requireNonNull(runner);
        this.predictions = Objects.requireNonNull(predictions);
        this.training = Objects.requireNonNull(training);
    }

    /** Reaches the engine thread. */
    public BackgroundRunner runner() {
        return runner;
    }

    /** The active model and predictions; call only from runner work. */
    public PredictionService predictions() {
        return predictions;
    }

    /** Training runs; call only from runner work. */
    public TrainingService training() {
        return training;
    }

    /** Models trained in this session, newest last; the training tab adds, the model menu lists. */
    public ObservableList<ModelSummary> sessionModels() {
        return sessionModels;
    }
}
