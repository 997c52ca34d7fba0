package studio.adder.ui.inside;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.adder.data.MnistData;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistSplit;
import studio.adder.explain.DigitMap;
import studio.adder.explain.DigitMaps;
import studio.adder.explain.FeatureSet;
import studio.adder.explain.InsideService;
import studio.adder.explain.MapProjection;
import studio.adder.explain.Tsne;
import studio.adder.train.EpochResult;
import studio.adder.ui.common.BackgroundRunner;

/**
 * The Inside tab's map of all test digits: its state and commands. The engine only passes the test images
 * through the model; the layout (PCA at once, t-SNE when asked) runs on the IO lane and can be cancelled. With
 * {@link #setFollowTraining} on, the map is recomputed from each epoch's checkpoint of a running training, so the
 * clusters can be watched forming; while the tab is hidden only the newest epoch is remembered.
 */
public final class DigitMapModel {

    private static final Logger LOG = LoggerFactory.getLogger(DigitMapModel.class);

    private final BackgroundRunner engine;
    private final BackgroundRunner io;
    private final InsideService service;
    private final Supplier<MnistFolder> mnist;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<DigitMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MapProjection> projection = new ReadOnlyObjectWrapper<>(MapProjection.PCA);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper followTraining = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(
            "Compute the map to see all 10,000 test digits placed by what the network's last layer makes of them.");
    private final ReadOnlyStringWrapper liveHint = new ReadOnlyStringWrapper(DigitMapTexts.PCA_HINT);

    private boolean active;
    private MnistData test;
    private DigitMap pcaMap;
    private DigitMap tsneMap;
    /** Where the shown maps come from: empty for the active model, else " after epoch 2 of 3 (...)". */
    private String source = "";
    private EpochResult pendingEpoch;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private int tsneSteps = Tsne.STEPS;

    DigitMapModel(BackgroundRunner engine, BackgroundRunner io, InsideService service, Supplier<MnistFolder> mnist,
            Executor fx) {
        this.engine = engine;
        this.io = io;
        this.service = service;
        this.mnist = mnist;
        this.fx = fx;
    }

    // Properties

    /** The map shown, or null until computed. */
    public ReadOnlyObjectProperty<DigitMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** The layout chosen. */
    public ReadOnlyObjectProperty<MapProjection> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    /** Progress of the running step, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The running step in a word or two ("PCA", "t-SNE"), empty when idle. */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** True while a map is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether each finished training epoch recomputes the map. */
    public ReadOnlyBooleanProperty followTrainingProperty() {
        return followTraining.getReadOnlyProperty();
    }

    /** What the map shows, or why there is none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** How the live dot (the current drawing) is placed, for a tooltip. */
    public ReadOnlyStringProperty liveHintProperty() {
        return liveHint.getReadOnlyProperty();
    }

    // Commands

    /** Computes (or recomputes, e.g. after training or a model switch) the map under the active model. */
    public void compute() {
        if (busy.get()) {
            return;
        }
        source = "";
        start(() -> service.features(test, 0, stepProgress("Passing the test digits through the model", 0.5))
                .orElse(null));
    }

    /** Lays the map out by {@code chosen}: PCA at once from the last pass; t-SNE computed when first asked. */
    public void selectProjection(MapProjection chosen) {
        projection.set(chosen);
        if (chosen == MapProjection.PCA) {
            if (busy.get() && tsneMap == null && pcaMap != null) {
                cancel();
            }
            show(pcaMap);
        } else if (tsneMap != null) {
            show(tsneMap);
        } else if (pcaMap != null && !busy.get()) {
            busy.set(true);
            cancelled = new AtomicBoolean();
            runTsne(pcaMap, cancelled);
        }
    }

    /** Stops the running computation between steps; the map shown stays. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Recompute the map after each training epoch (from that epoch's checkpoint), or stop doing so. */
    public void setFollowTraining(boolean follow) {
        followTraining.set(follow);
        if (!follow) {
            pendingEpoch = null;
        }
    }

    /** Fewer t-SNE steps, so view-model tests stay quick. */
    void useTsneSteps(int steps) {
        tsneSteps = steps;
    }

    void setActive(boolean shown) {
        active = shown;
        startPendingEpoch();
    }

    void epochFinished(EpochResult result) {
        if (followTraining.get()) {
            pendingEpoch = result;
            startPendingEpoch();
        }
    }

    private void startPendingEpoch() {
        if (!active || busy.get() || pendingEpoch == null) {
            return;
        }
        EpochResult epoch = pendingEpoch;
        pendingEpoch = null;
        source = String.format(" after epoch %d of %d of the training run (the first %,d test digits)", epoch.epoch(),
                epoch.epochs(), DigitMaps.SUBSAMPLE);
        start(() -> service.features(epoch.checkpoint(), test, DigitMaps.SUBSAMPLE,
                stepProgress("Passing test digits through epoch " + epoch.epoch(), 0.5)));
    }

    private void start(EngineWork features) {
        busy.set(true);
        progress.set(0);
        phase.set("Reading the test set");
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        MnistFolder folder = mnist.get();
        io.run(() -> test != null ? test : folder.status().hasTest() ? folder.load(MnistSplit.TEST) : null, loaded -> {
            if (loaded == null) {
                finished();
                text.set("The map needs the full MNIST test set, which is not in " + folder.path()
                        + " yet. Fetch it on the Train tab (Fetch MNIST) or with 'adder-studio fetch-mnist'.");
                return;
            }
            test = loaded;
            engine.run(features::features, set -> {
                if (set == null) {
                    finished();
                    text.set("Load a model first: the map shows what a model makes of the test digits.");
                    return;
                }
                phase.set("PCA");
                io.run(() -> DigitMaps.pca(set, stepProgress("PCA", 0.5, 0.5)), done -> pcaDone(done, stop),
                        this::failed);
            }, this::failed);
        }, this::failed);
    }

    private void pcaDone(DigitMap done, AtomicBoolean stop) {
        pcaMap = done;
        tsneMap = null;
        if (projection.get() == MapProjection.TSNE && !stop.get()) {
            runTsne(done, stop);
        } else {
            show(done);
            finished();
        }
    }

    private void runTsne(DigitMap from, AtomicBoolean stop) {
        phase.set("t-SNE");
        progress.set(0);
        int steps = tsneSteps;
        long started = System.nanoTime();
        io.run(() -> DigitMaps.tsne(from, Tsne.PERPLEXITY, steps, stepProgress("t-SNE", 0, 1), stop::get), done -> {
            tsneMap = done;
            LOG.info("t-SNE map of {} test digits laid out in {} s", done.size(),
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));
            if (projection.get() == MapProjection.TSNE) {
                show(done);
            }
            finished();
        }, this::failed);
    }

    private void show(DigitMap shown) {
        map.set(shown);
        if (shown != null) {
            liveHint.set(DigitMapTexts.liveHint(shown));
            text.set(DigitMapTexts.describe(shown, source));
        }
    }

    private void finished() {
        busy.set(false);
        phase.set("");
        progress.set(0);
        startPendingEpoch();
    }

    private void failed(Throwable error) {
        boolean stopped = error instanceof CancellationException;
        finished();
        if (stopped) {
            if (projection.get() == MapProjection.TSNE && tsneMap == null && pcaMap != null) {
                projection.set(MapProjection.PCA);
                show(pcaMap);
            }
            text.set("Stopped. " + (map.get() == null ? "Compute the map again when you like."
                    : "The map shown is the last one finished: " + text.get()));
        } else {
            text.set("The map could not be computed: " + error.getMessage());
        }
    }

    /** Progress of one step, shown from {@code from} to {@code from + span}; it throws once cancelled. */
    private DoubleConsumer stepProgress(String label, double from, double span) {
        AtomicBoolean stop = cancelled;
        return p -> {
            if (stop.get()) {
                throw new CancellationException(label + " was stopped");
            }
            fx.execute(() -> {
                phase.set(label);
                progress.set(from + span * p);
            });
        };
    }

    private DoubleConsumer stepProgress(String label, double span) {
        return stepProgress(label, 0, span);
    }

    /** The engine's part of a map: the features of the test digits, or null without a model. */
    @FunctionalInterface
    private interface EngineWork {
        FeatureSet features() throws Exception;
    }
}
