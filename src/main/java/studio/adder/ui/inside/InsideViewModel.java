package studio.adder.ui.inside;

import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.adder.data.MnistFolder;
import studio.adder.explain.Explanation;
import studio.adder.explain.Head;
import studio.adder.explain.InsideService;
import studio.adder.explain.Saliency;
import studio.adder.explain.SaliencyMethod;
import studio.adder.predict.TimedPrediction;
import studio.adder.train.EpochResult;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.draw.AnswerCompanion;

/**
 * The Inside tab's state and commands: the explanation of the drawing on the Draw tab, the chosen head and
 * saliency method, the channel looked at, and the map of all test digits ({@link DigitMapModel}).
 *
 * <p>Work is kept current only while the tab shows, and the newest drawing wins. While it shows, each of the Draw
 * tab's answers brings its explanation along ({@link #companion}): the same engine task that answers runs one pass
 * through the network, recorded, and one backward pass, giving every layer, both answers, the sum head and the
 * gradient saliency, so the tab is drawn in the frame the answer arrives. Occlusion (170 forward passes) follows
 * in a task of its own, skipped when a newer drawing is already waiting. A drawing answered while the tab was
 * hidden is explained when it shows: a cheap first look, then its saliency, each its own task.
 */
public final class InsideViewModel {

    private static final String NOTHING_DRAWN = "Draw a digit here or on the Draw tab to look inside.";

    private final BackgroundRunner engine;
    private final InsideService service;
    private final DigitMapModel map;

    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Saliency> saliency = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Head> head = new ReadOnlyObjectWrapper<>(Head.DIGIT);
    private final ReadOnlyObjectWrapper<SaliencyMethod> method = new ReadOnlyObjectWrapper<>(SaliencyMethod.GRADIENT);
    private final ReadOnlyObjectWrapper<ChannelChoice> channel = new ReadOnlyObjectWrapper<>(new ChannelChoice(0, 0));
    private final ReadOnlyBooleanWrapper saliencyPending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(NOTHING_DRAWN);

    private final Companion companion = new Companion();

    private boolean active;
    /** The explanation that came along with the newest answer, not yet shown. */
    private Carried carried;
    /** The newest drawing the Draw tab answered. */
    private TimedPrediction latest;
    /** The drawing the shown explanation belongs to. */
    private TimedPrediction looked;
    /** What the shown saliency was measured for: the explanation, head and method. */
    private SaliencyKey saliencyFor;
    private boolean running;
    private long lastDoneNanos;
    private long lastSaliencyNanos;

    /**
     * A model over the app's runners.
     *
     * @param engine runs the service (DJL work)
     * @param io reads the MNIST test set and lays the map out (PCA, t-SNE)
     * @param service looks inside the active model; use it only inside engine work
     * @param mnist where the full test set is looked for
     * @param fx runs progress updates on the FX thread ({@code Platform::runLater}; tests: {@code Runnable::run})
     */
    public InsideViewModel(BackgroundRunner engine, BackgroundRunner io, InsideService service,
            Supplier<MnistFolder> mnist, Executor fx) {
        this.engine = engine;
        this.service = service;
        this.map = new DigitMapModel(engine, io, service, mnist, fx);
    }

    // Properties

    /** The latest explanation of the drawing (layers, answers, sum head; saliency in {@link #saliencyProperty}). */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Which pixels decided, for the shown explanation's chosen head and method; null until measured. */
    public ReadOnlyObjectProperty<Saliency> saliencyProperty() {
        return saliency.getReadOnlyProperty();
    }

    /** True while the shown saliency is older than the shown explanation (it follows within a moment). */
    public ReadOnlyBooleanProperty saliencyPendingProperty() {
        return saliencyPending.getReadOnlyProperty();
    }

    /** The head whose answer the saliency explains. */
    public ReadOnlyObjectProperty<Head> headProperty() {
        return head.getReadOnlyProperty();
    }

    /** How the saliency is measured. */
    public ReadOnlyObjectProperty<SaliencyMethod> methodProperty() {
        return method.getReadOnlyProperty();
    }

    /** The feature map shown larger, with its kernels. */
    public ReadOnlyObjectProperty<ChannelChoice> channelProperty() {
        return channel.getReadOnlyProperty();
    }

    /** One line on what is shown and how long it took. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The map of all digits: its state and commands. */
    public DigitMapModel map() {
        return map;
    }

    /** Nanosecond time at which the latest explanation arrived on the FX thread (for the benchmark). */
    public long lastDoneNanos() {
        return lastDoneNanos;
    }

    /** Nanosecond time at which the latest saliency arrived on the FX thread (for the benchmark). */
    public long lastSaliencyNanos() {
        return lastSaliencyNanos;
    }

    /** Explains each of the Draw tab's answers in the same engine task while the tab shows; hand it to the Draw tab. */
    public AnswerCompanion<Explanation> companion() {
        return companion;
    }

    // Commands

    /** Whether the tab shows: only then is each new drawing explained; on showing, the newest one is at once. */
    public void setActive(boolean shown) {
        active = shown;
        map.setActive(shown);
        pump();
    }

    /** The Draw tab answered for a new drawing (null: the canvas was cleared). */
    public void drawingAnswered(TimedPrediction prediction) {
        latest = prediction;
        if (prediction == null) {
            looked = null;
            carried = null;
            explanation.set(null);
            saliency.set(null);
            saliencyFor = null;
            saliencyPending.set(false);
            status.set(NOTHING_DRAWN);
        }
        pump();
    }

    /** A training run finished an epoch: the map follows it when asked to ({@link DigitMapModel#setFollowTraining}). */
    public void epochFinished(EpochResult result) {
        map.epochFinished(result);
    }

    /** Explains the chosen head's answer. */
    public void selectHead(Head chosen) {
        head.set(chosen);
        pump();
    }

    /** Measures saliency the chosen way. */
    public void selectMethod(SaliencyMethod chosen) {
        method.set(chosen);
        pump();
    }

    /** Shows channel {@code channelIndex} of layer {@code layer} larger, with its kernels. */
    public void selectChannel(int layer, int channelIndex) {
        channel.set(new ChannelChoice(layer, channelIndex));
    }

    /** Starts the next piece of work, newest drawing first, saliency after its layers; one at a time. */
    private void pump() {
        if (running || !active || latest == null) {
            return;
        }
        if (looked != latest) {
            if (carried != null && carried.answer() == latest) {
                adopt(carried);
            } else {
                look(latest);
                return;
            }
        }
        Explanation shown = explanation.get();
        SaliencyKey wanted = new SaliencyKey(shown, head.get(), method.get());
        if (shown != null && !wanted.equals(saliencyFor)) {
            measureSaliency(wanted);
        }
    }

    private void look(TimedPrediction asked) {
        running = true;
        engine.run(() -> service.look(asked.input().pixels(), asked.input().number()).orElse(null), done -> {
            running = false;
            showLook(asked, done);
            pump();
        }, this::failed);
    }

    /** Shows an explanation that came with the answer: no engine work left unless saliency is still wanted. */
    private void adopt(Carried along) {
        carried = null;
        Explanation done = along.explanation();
        showLook(along.answer(), done);
        if (done.saliency() != null) {
            showSaliency(new SaliencyKey(done, done.saliency().head(), done.saliency().method()), done.saliency());
        }
    }

    private void showLook(TimedPrediction asked, Explanation done) {
        looked = asked;
        lastDoneNanos = System.nanoTime();
        if (done != null && latest != null) {
            explanation.set(done);
            saliencyPending.set(true);
            status.set(String.format("%d layers in %.1f ms on the engine; which pixels decided follows.",
                    done.layers().size(), done.millis()));
        }
    }

    private void measureSaliency(SaliencyKey wanted) {
        running = true;
        engine.run(() -> service.saliency(wanted.explanation(), wanted.head(), wanted.method()).orElse(null), done -> {
            running = false;
            // A saliency for a drawing already replaced is dropped: the newer drawing's layers come first.
            if (done != null && explanation.get() == wanted.explanation()) {
                showSaliency(wanted, done);
            }
            pump();
        }, this::failed);
    }

    private void showSaliency(SaliencyKey key, Saliency found) {
        saliencyFor = key;
        lastSaliencyNanos = System.nanoTime();
        saliency.set(found);
        saliencyPending.set(false);
        status.set(saliencyText(key.explanation(), found));
    }

    private static String saliencyText(Explanation look, Saliency found) {
        double lookMillis = look.saliency() == null ? look.millis() : look.millis() - found.millis();
        return String.format("%d layers in %.1f ms, %s saliency in %.1f ms more.", look.layers().size(), lookMillis,
                found.method().label().toLowerCase(), found.millis());
    }

    private void failed(Throwable error) {
        running = false;
        status.set("Could not look inside: " + error.getMessage());
    }

    /** An answer and the explanation that came along with it. */
    private record Carried(TimedPrediction answer, Explanation explanation) {
    }

    /** Rides along with the Draw tab's answers while the tab shows: the whole explanation for the chosen head. */
    private final class Companion implements AnswerCompanion<Explanation> {
        @Override
        public Function<TimedPrediction, Explanation> workFor() {
            if (!active) {
                return null;
            }
            Head chosenHead = head.get();
            SaliencyMethod chosenMethod = method.get();
            // Occlusion is many passes: the first look comes along, the occlusion follows in its own task.
            return answer -> {
                float[] pixels = answer.input().pixels();
                int number = answer.input().number();
                try {
                    return (chosenMethod == SaliencyMethod.GRADIENT
                            ? service.explain(pixels, number, chosenHead, chosenMethod)
                            : service.look(pixels, number)).orElse(null);
                } catch (RuntimeException e) {
                    // The answer must not be lost to this tab's trouble: its own first look then tells what failed.
                    return null;
                }
            };
        }

        @Override
        public void arrived(TimedPrediction answer, Explanation result) {
            carried = result == null ? null : new Carried(answer, result);
        }
    }

    /**
     * A feature map chosen for a closer look.
     *
     * @param layer index of the layer in the explanation
     * @param channel index of the channel in that layer
     */
    public record ChannelChoice(int layer, int channel) {
    }
}
