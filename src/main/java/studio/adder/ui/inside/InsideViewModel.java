package studio.adder.ui.inside;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistSplit;
import studio.adder.explain.DigitMap;
import studio.adder.explain.Explanation;
import studio.adder.explain.Head;
import studio.adder.explain.InsideService;
import studio.adder.explain.SaliencyMethod;
import studio.adder.explain.SumErrors;
import studio.adder.predict.TimedPrediction;
import studio.adder.ui.common.BackgroundRunner;

/**
 * The Inside tab's state and commands: the explanation of the drawing on the Draw tab (kept current only while
 * the tab shows, newest drawing wins), the chosen head and saliency method, the channel looked at, and the map
 * of all test digits. Engine work goes through the runner; the view binds and calls commands.
 */
public final class InsideViewModel {

    /** Where the map's test images come from; the app reads the user's MNIST folder. */
    private final Supplier<MnistFolder> mnist;
    private final BackgroundRunner engine;
    private final BackgroundRunner io;
    private final InsideService service;

    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Head> head = new ReadOnlyObjectWrapper<>(Head.DIGIT);
    private final ReadOnlyObjectWrapper<SaliencyMethod> method = new ReadOnlyObjectWrapper<>(SaliencyMethod.GRADIENT);
    private final ReadOnlyObjectWrapper<ChannelChoice> channel = new ReadOnlyObjectWrapper<>(new ChannelChoice(0, 0));
    private final ReadOnlyObjectWrapper<DigitMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper mapProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper mapBusy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper mapText = new ReadOnlyStringWrapper(
            "Compute the map to see all 10,000 test digits placed by what the network's last layer makes of them.");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Draw a digit on the Draw tab to look inside.");

    private boolean active;
    private TimedPrediction latest;
    private boolean running;
    private boolean stale;
    private long lastDoneNanos;

    /**
     * A model over the app's runners.
     *
     * @param engine runs the service (DJL work)
     * @param io reads the MNIST test set for the map
     * @param service looks inside the active model; use it only inside engine work
     * @param mnist where the full test set is looked for
     */
    public InsideViewModel(BackgroundRunner engine, BackgroundRunner io, InsideService service,
            Supplier<MnistFolder> mnist) {
        this.engine = engine;
        this.io = io;
        this.service = service;
        this.mnist = mnist;
    }

    // Properties

    /** The latest explanation of the drawing, or null before the first one. */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
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

    /** The map of all test digits, or null until computed. */
    public ReadOnlyObjectProperty<DigitMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** Progress of the map's computation, 0..1. */
    public ReadOnlyDoubleProperty mapProgressProperty() {
        return mapProgress.getReadOnlyProperty();
    }

    /** True while the map is being computed. */
    public ReadOnlyBooleanProperty mapBusyProperty() {
        return mapBusy.getReadOnlyProperty();
    }

    /** What the map shows, or why there is none. */
    public ReadOnlyStringProperty mapTextProperty() {
        return mapText.getReadOnlyProperty();
    }

    /** One line on what is shown and how long it took. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Nanosecond time at which the latest explanation arrived on the FX thread (for the benchmark). */
    public long lastDoneNanos() {
        return lastDoneNanos;
    }

    // Commands

    /** Whether the tab shows: only then does each new drawing get explained. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && latest != null) {
            request();
        }
    }

    /** The Draw tab answered for a new drawing (null: the canvas was cleared). */
    public void drawingAnswered(TimedPrediction prediction) {
        latest = prediction;
        if (prediction == null) {
            explanation.set(null);
            status.set("Draw a digit on the Draw tab to look inside.");
        } else if (active) {
            request();
        }
    }

    /** Explains the chosen head's answer. */
    public void selectHead(Head chosen) {
        head.set(chosen);
        request();
    }

    /** Measures saliency the chosen way. */
    public void selectMethod(SaliencyMethod chosen) {
        method.set(chosen);
        request();
    }

    /** Shows channel {@code channelIndex} of layer {@code layer} larger, with its kernels. */
    public void selectChannel(int layer, int channelIndex) {
        channel.set(new ChannelChoice(layer, channelIndex));
    }

    /** Computes (or recomputes, e.g. after training or a model switch) the map of all test digits. */
    public void computeMap() {
        if (mapBusy.get()) {
            return;
        }
        mapBusy.set(true);
        mapProgress.set(0);
        MnistFolder folder = mnist.get();
        io.run(() -> folder.status().hasTest() ? folder.load(MnistSplit.TEST) : null, test -> {
            if (test == null) {
                mapBusy.set(false);
                mapText.set("The map needs the full MNIST test set, which is not in " + folder.path()
                        + " yet. Fetch it on the Train tab (Fetch MNIST) or with 'adder-studio fetch-mnist'.");
                return;
            }
            mapText.set("Placing " + test.size() + " test digits…");
            engine.run(() -> service.map(test, 0, this::reportProgress).orElse(null), this::mapDone, this::mapFailed);
        }, this::mapFailed);
    }

    private void reportProgress(double progress) {
        Platform.runLater(() -> mapProgress.set(progress));
    }

    private void mapDone(DigitMap done) {
        mapBusy.set(false);
        mapProgress.set(1);
        map.set(done);
        if (done != null) {
            mapText.set(String.format("%,d test digits, placed by the two principal components of the penultimate "
                    + "layer; %.1f %% misread (crosses). Hover a dot to see its digit. On the same test pairs the sum "
                    + "head is right %.1f %% of the time%s. Recompute after training or switching models.",
                    done.size(), 100 * done.errorRate(), 100 * done.sumErrors().accuracy(),
                    worstSums(done.sumErrors())));
        }
    }

    /** The sums the head misses most often, as " and misses most on 9 (31 %), ..." or nothing. */
    private static String worstSums(SumErrors errors) {
        int[] pairs = errors.pairs();
        int[] wrong = errors.wrong();
        List<Integer> sums = new ArrayList<>();
        for (int s = 0; s < pairs.length; s++) {
            if (pairs[s] > 0 && wrong[s] > 0) {
                sums.add(s);
            }
        }
        sums.sort(Comparator.comparingDouble(s -> -(double) wrong[s] / pairs[s]));
        if (sums.isEmpty() || (double) wrong[sums.get(0)] / pairs[sums.get(0)] < 0.05) {
            return "";
        }
        StringBuilder text = new StringBuilder(", and misses most on ");
        for (int i = 0; i < Math.min(3, sums.size()); i++) {
            int s = sums.get(i);
            text.append(i == 0 ? "" : ", ").append(String.format("%d (%.0f %%)", s, 100.0 * wrong[s] / pairs[s]));
        }
        return text.toString();
    }

    private void mapFailed(Throwable error) {
        mapBusy.set(false);
        mapText.set("The map could not be computed: " + error.getMessage());
    }

    private void request() {
        if (latest == null) {
            return;
        }
        if (running) {
            stale = true;
            return;
        }
        running = true;
        TimedPrediction asked = latest;
        Head askedHead = head.get();
        SaliencyMethod askedMethod = method.get();
        engine.run(() -> service.explain(asked.input().pixels(), asked.input().number(), askedHead, askedMethod)
                .orElse(null), this::explained, this::failed);
    }

    private void explained(Explanation done) {
        running = false;
        lastDoneNanos = System.nanoTime();
        if (done != null) {
            explanation.set(done);
            status.set(String.format("%d layers, %s saliency of the %s head's answer; %.0f ms on the engine.",
                    done.layers().size(), method.get().label().toLowerCase(), head.get().name().toLowerCase(),
                    done.millis()));
        }
        if (stale) {
            stale = false;
            request();
        }
    }

    private void failed(Throwable error) {
        running = false;
        stale = false;
        status.set("Could not look inside: " + error.getMessage());
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
