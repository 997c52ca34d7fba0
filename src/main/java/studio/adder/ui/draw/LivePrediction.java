package studio.adder.ui.draw;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.adder.predict.Predictions;
import studio.adder.predict.TimedPrediction;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.common.UserMessage;

/**
 * The drawing's latest answer: requests run one at a time as engine work, the newest waiting one
 * wins, and an answer for a drawing that has since changed never flashes up. Used on the UI thread.
 */
final class LivePrediction {

    private final BackgroundRunner engine;
    private final Predictions predictions;
    private final Predicate<PredictionRequest> stillCurrent;
    private final BooleanSupplier canvasEmpty;
    private final LatestWinsQueue<PredictionRequest> queue = new LatestWinsQueue<>(this::start);

    private final ReadOnlyObjectWrapper<TimedPrediction> prediction = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PredictionDisplay> display = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper latencyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private AnswerCompanion<?> companion;

    /**
     * @param engine runs the predictions
     * @param predictions the model that answers
     * @param stillCurrent whether a request still matches what the user sees (same drawing and number)
     * @param canvasEmpty whether there is nothing to answer for any more
     */
    LivePrediction(BackgroundRunner engine, Predictions predictions, Predicate<PredictionRequest> stillCurrent,
            BooleanSupplier canvasEmpty) {
        this.engine = engine;
        this.predictions = predictions;
        this.stillCurrent = stillCurrent;
        this.canvasEmpty = canvasEmpty;
    }

    ReadOnlyObjectProperty<TimedPrediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<PredictionDisplay> displayProperty() {
        return display.getReadOnlyProperty();
    }

    ReadOnlyStringProperty latencyTextProperty() {
        return latencyText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Predicts {@code request} now, or after the running one if the engine is busy. */
    void submit(PredictionRequest request) {
        queue.submit(request);
    }

    /** Shows no answer: the canvas is empty, or holds too little ink to read. */
    void forget() {
        prediction.set(null);
        display.set(null);
    }

    /** Lets {@code work} ride along with every prediction from now on (null: none). */
    void setCompanion(AnswerCompanion<?> work) {
        companion = work;
    }

    private void start(PredictionRequest request) {
        start(request, companion);
    }

    private <T> void start(PredictionRequest request, AnswerCompanion<T> with) {
        busy.set(true);
        Function<TimedPrediction, T> extra = with == null ? null : with.workFor();
        engine.run(() -> request.run(predictions).map(p -> new Answer<>(p, extra == null ? null : extra.apply(p))),
                result -> {
                    // A stale answer is still shown when nothing newer is coming: better late than blank.
                    if (stillCurrent.test(request) || !queue.hasWaiting()) {
                        result.ifPresentOrElse(answer -> {
                            if (extra != null) {
                                with.arrived(answer.prediction(), answer.extra());
                            }
                            show(answer.prediction());
                        }, this::forget);
                    }
                    finished();
                }, error -> {
                    latencyText.set("Prediction failed: " + UserMessage.describe(error));
                    finished();
                });
    }

    private void finished() {
        queue.finished();
        busy.set(queue.isRunning());
    }

    private void show(TimedPrediction result) {
        if (canvasEmpty.getAsBoolean()) {
            return;
        }
        prediction.set(result);
        display.set(PredictionDisplay.of(result));
        latencyText.set(PredictionTexts.latency(result));
    }

    /** A prediction and what its companion made of it. */
    private record Answer<T>(TimedPrediction prediction, T extra) {
    }
}
