package studio.adder.ui.common;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.export.RecentModels;
import studio.adder.mydigits.MyDigits;
import studio.adder.predict.ModelSummary;
import studio.adder.predict.PredictionService;
import studio.adder.train.TrainingService;
import studio.adder.ui.mydigits.MyDigitsViewModel;

/**
 * What the tabs share: the runner that reaches the engine thread, the prediction service (touch
 * it only inside runner work), the training service, the models trained in this session, and the
 * model library (export, recent models), and the user's kept examples.
 */
public final class AppContext {

    private final BackgroundRunner runner;
    private final PredictionService predictions;
    private final TrainingService training;
    private final ObservableList<ModelSummary> sessionModels = FXCollections.observableArrayList();
    private final ModelLibraryViewModel library;
    private final MyDigitsViewModel myDigits;

    /**
     * @param runner reaches the engine thread (or runs inline in tests)
     * @param predictions the prediction service; use it only inside {@code runner} work
     * @param training starts training runs; use it only inside {@code runner} work
     */
    public AppContext(BackgroundRunner runner, PredictionService predictions, TrainingService training) {
        this(runner, predictions, training, new MyDigitsViewModel(new FileRunner(), MyDigits.forUser()));
    }

    /** As above, with the user's examples kept by {@code myDigits} (tests pass a temporary store). */
    public AppContext(BackgroundRunner runner, PredictionService predictions, TrainingService training,
            MyDigitsViewModel myDigits) {
        this.runner = Objects.requireNonNull(runner);
        this.predictions = Objects.requireNonNull(predictions);
        this.training = Objects.requireNonNull(training);
        this.library = new ModelLibraryViewModel(runner, predictions, RecentModels.forUser());
        this.myDigits = Objects.requireNonNull(myDigits);
    }

    /** The user's kept examples, for the drawing, My digits and training tabs. */
    public MyDigitsViewModel myDigits() {
        return myDigits;
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

    /** Export and the recently used models, for the menus and both tabs. */
    public ModelLibraryViewModel library() {
        return library;
    }

    /** Models trained in this session, newest last; the training tab adds, the model menu lists. */
    public ObservableList<ModelSummary> sessionModels() {
        return sessionModels;
    }
}
