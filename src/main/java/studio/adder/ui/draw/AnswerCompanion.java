package studio.adder.ui.draw;

import java.util.function.Function;
import studio.adder.predict.TimedPrediction;

/**
 * Work that rides along with the Draw tab's answers: it runs in the same engine task, right after the
 * prediction, and its result arrives in the same turn of the FX thread, just before the answer is shown. So
 * another tab can show something about an answer in the very frame the answer appears, without a second trip
 * through the engine queue.
 *
 * @param <T> what the work produces
 */
public interface AnswerCompanion<T> {

    /**
     * Called on the FX thread as a prediction is asked for: the work to run on the engine thread after it, or
     * null when there is none this time. The work may capture the FX state it needs; it must not touch it.
     */
    Function<TimedPrediction, T> workFor();

    /** Called on the FX thread just before {@code answer} is shown, with what the work produced (maybe null). */
    void arrived(TimedPrediction answer, T result);
}
