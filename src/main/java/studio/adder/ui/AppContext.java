package studio.adder.ui;

import java.util.Objects;
import java.util.function.Supplier;
import studio.adder.library.RecentModels;
import studio.adder.mydigits.MyDigits;
import studio.adder.predict.PredictionService;
import studio.adder.train.TrainingService;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.common.FileDialogs;
import studio.adder.ui.common.FxFileDialogs;
import studio.adder.ui.library.ModelLibraryViewModel;
import studio.adder.ui.mydigits.MyDigitsViewModel;

/**
 * What the tabs share: the runner that reaches the engine thread (DJL work only), the IO runner
 * (files, network, hashing, image decoding), the prediction service (touch it only inside engine
 * work), the active model every tab answers with, the training service, the model library (export,
 * recent models), and the user's kept examples.
 */
public final class AppContext {

    private final BackgroundRunner runner;
    private final Supplier<BackgroundRunner> ioLanes;
    private final PredictionService predictions;
    private final TrainingService training;
    private final ActiveModelViewModel activeModel;
    private final ModelLibraryViewModel library;
    private final MyDigitsViewModel myDigits;
    private FileDialogs fileDialogs = new FxFileDialogs();

    /**
     * One runner for both kinds of work: the synchronous twin in tests.
     *
     * @param runner reaches the engine thread (or runs inline in tests)
     * @param predictions the prediction service; use it only inside {@code runner} work
     * @param training starts training runs; use it only inside {@code runner} work
     */
    public AppContext(BackgroundRunner runner, PredictionService predictions, TrainingService training) {
        this(runner, () -> runner, predictions, training);
    }

    /**
     * The app's context.
     *
     * @param engine reaches the engine thread: DJL work only
     * @param ioLanes makes IO lanes (files, network, hashing, image decoding); the app passes
     *     {@code IoRunner::new}
     */
    public AppContext(BackgroundRunner engine, Supplier<BackgroundRunner> ioLanes, PredictionService predictions,
            TrainingService training) {
        this(engine, ioLanes, predictions, training, new MyDigitsViewModel(ioLanes.get(), MyDigits.forUser()));
    }

    /** As above, with the user's examples kept by {@code myDigits} (tests pass a temporary store). */
    public AppContext(BackgroundRunner engine, Supplier<BackgroundRunner> ioLanes, PredictionService predictions,
            TrainingService training, MyDigitsViewModel myDigits) {
        this.runner = Objects.requireNonNull(engine);
        this.ioLanes = Objects.requireNonNull(ioLanes);
        this.predictions = Objects.requireNonNull(predictions);
        this.training = Objects.requireNonNull(training);
        this.activeModel = new ActiveModelViewModel(engine, predictions);
        this.library = new ModelLibraryViewModel(engine, ioLanes.get(), predictions, RecentModels.forUser());
        this.myDigits = Objects.requireNonNull(myDigits);
    }

    /** The file and folder questions the tabs and menus ask: the system's dialogs unless a test chose others. */
    public FileDialogs fileDialogs() {
        return fileDialogs;
    }

    /** Answers the tabs' file questions with {@code dialogs} from now on: a test's stand-in, for one. */
    public void useFileDialogs(FileDialogs dialogs) {
        this.fileDialogs = Objects.requireNonNull(dialogs);
    }

    /** The user's kept examples, for the drawing, My digits and training tabs. */
    public MyDigitsViewModel myDigits() {
        return myDigits;
    }

    /** Reaches the engine thread: model loads, predictions, training (DJL work only). */
    public BackgroundRunner runner() {
        return runner;
    }

    /**
     * A new lane of the IO executor for one feature: files, network, hashing, image decoding;
     * never DJL. Work in one lane runs in order; lanes run side by side.
     */
    public BackgroundRunner newIoLane() {
        return ioLanes.get();
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

    /** The model every tab answers with, the commands that switch it, and this session's trained models. */
    public ActiveModelViewModel activeModel() {
        return activeModel;
    }
}
