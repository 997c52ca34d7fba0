package studio.adder.ui.draw;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import studio.adder.predict.TimedPrediction;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;
import studio.adder.preprocess.Stroke;
import studio.adder.preprocess.StrokeRasterizer;
import studio.adder.ui.ActiveModelViewModel;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.common.UserMessage;
import studio.adder.ui.mydigits.MyDigitsViewModel;

/**
 * The drawing tab's state and commands: the strokes or opened picture, the number to add, and the
 * latest prediction of both heads by the shared active model. Preprocessing and prediction run as
 * runner work; the view only binds to the properties and calls the commands.
 */
public final class DrawViewModel {

    /** Side of the square drawing space, in drawing pixels; the canvas scales it to its size. */
    public static final int DRAWING_SIDE = 280;

    /** Least time between two predictions while a stroke is still being drawn. */
    static final long LIVE_INTERVAL_NANOS = 80_000_000L;

    private final BackgroundRunner io;
    private final ActiveModelViewModel activeModel;
    private final LivePrediction live;
    private final Random random;
    private final LongSupplier clock;
    private MyDigitsViewModel examples;
    private final StrokeHistory history = new StrokeHistory();

    private final ReadOnlyIntegerWrapper number = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper penWidth = new ReadOnlyDoubleWrapper(DRAWING_SIDE / 14.0);
    private final ReadOnlyObjectWrapper<GrayImage> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper keptText = new ReadOnlyStringWrapper(
            "Click or type the right digit to keep the drawing and teach the model.");

    private Stroke strokeInProgress;
    private long drawingVersion;
    private long lastLiveRequest = Long.MIN_VALUE / 2;

    /** A model over one runner for all work (tests: the synchronous twin), answered by {@code activeModel}. */
    public DrawViewModel(BackgroundRunner runner, ActiveModelViewModel activeModel) {
        this(runner, runner, activeModel, new Random(), System::nanoTime);
    }

    /**
     * A model over the app's runners, answered by the shared active model.
     *
     * @param engine predictions
     * @param io image decoding
     */
    public DrawViewModel(BackgroundRunner engine, BackgroundRunner io, ActiveModelViewModel activeModel) {
        this(engine, io, activeModel, new Random(), System::nanoTime);
    }

    DrawViewModel(BackgroundRunner runner, ActiveModelViewModel activeModel, Random random, LongSupplier clock) {
        this(runner, runner, activeModel, random, clock);
    }

    private DrawViewModel(BackgroundRunner engine, BackgroundRunner io, ActiveModelViewModel activeModel,
            Random random, LongSupplier clock) {
        this.io = io;
        this.activeModel = activeModel;
        this.random = random;
        this.clock = clock;
        this.live = new LivePrediction(engine, activeModel.predictions(),
                request -> request.version() == drawingVersion && request.number() == number.get(), empty::get);
        // Every switch, even to an equal summary, answers the drawing again with the new model.
        activeModel.activeProperty().addListener(observable -> predictNow());
    }

    /** Lets {@code work} ride along with every answer from now on, in the same engine task (null: none). */
    public void setAnswerCompanion(AnswerCompanion<?> work) {
        live.setCompanion(work);
    }

    /** Lets {@link #keepAsExample} keep drawings in the user's examples. */
    public void setExamples(MyDigitsViewModel examples) {
        this.examples = examples;
        examples.lastKeptProperty().addListener((obs, old, kept) -> {
            int ofDigit = examples.countsProperty().get()[kept.digit()];
            keptText.set("Kept as an example of " + kept.digit() + " (" + ofDigit + " of " + kept.digit() + ", "
                    + examples.totalProperty().get() + " in all). Undo brings the drawing back.");
        });
    }

    // Properties

    /** The number 0-9 added to the drawn digit. */
    public ReadOnlyIntegerProperty numberProperty() { return number.getReadOnlyProperty(); }
    /** Pen diameter in drawing pixels (see {@link #DRAWING_SIDE}). */
    public ReadOnlyDoubleProperty penWidthProperty() { return penWidth.getReadOnlyProperty(); }
    /** The finished strokes, in drawing pixels, oldest first. */
    public ObservableList<Stroke> strokes() { return history.strokes(); }
    /** Whether Undo has something to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() { return history.canUndoProperty(); }
    /** Whether Redo has something to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() { return history.canRedoProperty(); }
    /** The opened or pasted picture shown instead of strokes, or null. */
    public ReadOnlyObjectProperty<GrayImage> pictureProperty() { return picture.getReadOnlyProperty(); }
    /** True while there is nothing to predict: the view shows a hint instead. */
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    /** Both heads' latest answer and the 28x28 input they saw, or null for an empty canvas. */
    public ReadOnlyObjectProperty<TimedPrediction> predictionProperty() { return live.predictionProperty(); }
    /** The latest prediction ready to show (texts, bars, model input), or null for an empty canvas. */
    public ReadOnlyObjectProperty<PredictionDisplay> displayProperty() { return live.displayProperty(); }
    /** The model that answers, shared with the menus and the other tabs. */
    public ActiveModelViewModel activeModel() { return activeModel; }
    /** How long the last model call took. */
    public ReadOnlyStringProperty latencyTextProperty() { return live.latencyTextProperty(); }
    /** True while a prediction is running or waiting to run. */
    public ReadOnlyBooleanProperty busyProperty() { return live.busyProperty(); }
    /** The latest thing the user must be told (a picture that could not be used). */
    public ReadOnlyObjectProperty<UserMessage> messageProperty() { return message.getReadOnlyProperty(); }
    /** What happened to the last drawing kept as an example, or how to keep one. */
    public ReadOnlyStringProperty keptTextProperty() { return keptText.getReadOnlyProperty(); }

    // Commands

    /** Sets the number to add (clamped to 0-9) and re-predicts at once. */
    public void setNumber(int value) {
        int clamped = Math.max(0, Math.min(9, value));
        if (clamped != number.get()) {
            number.set(clamped);
            predictNow();
        }
    }

    /**
     * Sets the first number of a session: the one remembered from last time, else a rolled 1-9,
     * so that a first drawing shows a sum that differs from the digit.
     */
    public void startNumber(OptionalInt remembered) {
        setNumber(remembered.orElseGet(() -> 1 + random.nextInt(9)));
    }

    /** Picks a random number other than the current one, as the training data does. */
    public void roll() {
        setNumber((number.get() + 1 + random.nextInt(9)) % 10);
    }

    /** Sets the pen diameter for new strokes, in drawing pixels. */
    public void setPenWidth(double width) {
        penWidth.set(Math.max(1, Math.min(DRAWING_SIDE / 4.0, width)));
    }

    /** The stroke being drawn has grown; predicts at most every {@link #LIVE_INTERVAL_NANOS}. */
    public void strokeMoved(Stroke partial) {
        dropPicture();
        strokeInProgress = partial;
        drawingChanged();
        long now = clock.getAsLong();
        if (now - lastLiveRequest >= LIVE_INTERVAL_NANOS) {
            lastLiveRequest = now;
            predictNow();
        }
    }

    /** A stroke is finished: keep it and predict at once. */
    public void strokeEnded(Stroke stroke) {
        dropPicture();
        strokeInProgress = null;
        history.add(stroke);
        drawingChanged();
        predictNow();
    }

    /** Undoes the last stroke or clear. */
    public void undo() {
        if (history.undo()) {
            drawingChanged();
            predictNow();
        }
    }

    /** Redoes what Undo undid. */
    public void redo() {
        if (history.redo()) {
            drawingChanged();
            predictNow();
        }
    }

    /** Empties the canvas (undoable when it held strokes). */
    public void clear() {
        strokeInProgress = null;
        history.clear();
        picture.set(null);
        drawingChanged();
    }

    /** Converts a pasted picture off the UI thread, shows it and predicts. */
    public void pastePicture(BufferedImage image) {
        io.run(() -> GrayImage.fromBufferedImage(image), this::showPicture,
                error -> report("The pasted picture could not be used", error));
    }

    /** Reads a picture file off the UI thread, shows it and predicts; unreadable files are reported. */
    public void openImage(Path file) {
        io.run(() -> GrayImage.read(file), this::showPicture,
                error -> report("The picture could not be opened", error));
    }

    /** Shows a picture (opened or pasted) in place of the strokes and predicts it. */
    public void showPicture(GrayImage image) {
        strokeInProgress = null;
        history.reset();
        picture.set(image);
        drawingChanged();
        predictNow();
    }

    /**
     * Keeps the drawing (its 28x28 input and the drawing at canvas size) as an example of
     * {@code digit}, the user's correction or confirmation, and clears the canvas for the next one
     * (Undo brings the drawing back).
     */
    public void keepAsExample(int digit) {
        if (examples == null || empty.get() || digit < 0 || digit > 9) {
            return;
        }
        // A snapshot of what is on the canvas now; the file thread prepares and writes it.
        GrayImage shownPicture = picture.get();
        List<Stroke> strokes = List.copyOf(history.strokes());
        Supplier<GrayImage> original = () -> shownPicture != null ? shownPicture
                : StrokeRasterizer.render(strokes, DRAWING_SIDE, DRAWING_SIDE);
        examples.keep(digit, () -> MnistPreprocessor.toMnist(original.get()).orElse(null), original);
        clear();
    }

    /** Keeps the drawing as an example of the digit the model read (it was right). */
    public void keepAsRead() {
        TimedPrediction shown = live.predictionProperty().get();
        if (shown != null) {
            keepAsExample(shown.prediction().digit());
        }
    }

    private void dropPicture() {
        if (picture.get() != null) {
            history.reset();
            picture.set(null);
        }
    }

    private void drawingChanged() {
        drawingVersion++;
        boolean nothing = history.strokes().isEmpty() && picture.get() == null && strokeInProgress == null;
        empty.set(nothing);
        if (nothing) {
            live.forget();
        }
    }

    private void predictNow() {
        if (empty.get() || activeModel.activeProperty().get() == null) {
            return;
        }
        List<Stroke> strokes = history.strokes();
        if (strokeInProgress != null) {
            strokes = new ArrayList<>(strokes);
            strokes.add(strokeInProgress);
        }
        live.submit(new PredictionRequest(List.copyOf(strokes), picture.get(), number.get(), drawingVersion));
    }

    private void report(String title, Throwable error) {
        message.set(new UserMessage(title, UserMessage.describe(error)));
    }
}
