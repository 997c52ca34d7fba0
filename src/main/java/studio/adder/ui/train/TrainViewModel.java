package studio.adder.ui.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.data.MnistFolder;
import studio.adder.engine.DeviceOption;
import studio.adder.mydigits.ExampleFolder;
import studio.adder.mydigits.ExampleSet;
import studio.adder.predict.ModelSummary;
import studio.adder.train.BatchProgress;
import studio.adder.train.ConfusionMatrix;
import studio.adder.train.EpochResult;
import studio.adder.train.ExamplesEvaluation;
import studio.adder.train.FineTuning;
import studio.adder.train.Mistake;
import studio.adder.train.RunControl;
import studio.adder.train.RunInfo;
import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;
import studio.adder.train.TrainingConfig;
import studio.adder.ui.AppContext;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.util.AtomicFiles;

/**
 * The training tab's state and commands: settings, run control, live progress and chart data.
 * Records from the engine thread wait in a queue until {@link #drainUpdates()} (the FX pump, about
 * ten times a second) folds them in, so the FX thread never sees one update per batch.
 */
public final class TrainViewModel {

    private final AppContext context;
    private final BackgroundRunner io;
    private final Path modelsFolder;
    private final SettingsForm form = new SettingsForm();
    private final MnistSetup data;
    private final FineTuneSettings fineTune;
    private ExamplesEvaluation latestExamples;
    private RunRecorder recorder;
    private RunControl control;
    private RunHistory current;
    private CountDownLatch runEnded = new CountDownLatch(0);
    private boolean chartsDirty;

    // ---- Properties ----

    private final ReadOnlyObjectWrapper<TrainState> state = new ReadOnlyObjectWrapper<>(TrainState.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper finalFigures = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("Not started");
    private final ReadOnlyStringWrapper throughput = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper("Device: starting the engine…");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper();
    private final ObservableList<DeviceOption> devices = FXCollections.observableArrayList();
    private final ObservableList<DeviceOption> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final ObjectProperty<DeviceOption> selectedDevice = new SimpleObjectProperty<>();
    private final EngineChoiceModel engineChoice;
    private final ReadOnlyObjectWrapper<Path> lastCheckpoint = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConfusionMatrix> confusion = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Mistake> mistakes = FXCollections.observableArrayList();
    // One read-only view each, held here: a wrapper made per call would be collected with its listeners.
    private final ObservableList<Mistake> mistakesView = FXCollections.unmodifiableObservableList(mistakes);
    private final ObservableList<RunHistory> runs = FXCollections.observableArrayList();
    private final ObservableList<RunHistory> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObjectProperty<RunHistory> comparedRun = new SimpleObjectProperty<>();
    private final ObjectProperty<XAxisMode> xAxis = new SimpleObjectProperty<>(XAxisMode.BATCH);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0.6);
    private final BooleanProperty logLoss = new SimpleBooleanProperty();
    private final BooleanProperty zoomAccuracy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ChartFrame> chartFrame =
            new ReadOnlyObjectWrapper<>(ChartFrame.empty(XAxisMode.BATCH, false, false));

    /**
     * @param context the shared services; training runs through its runner
     * @param dataFolder where MNIST is read from (tests pass the committed slice)
     * @param modelsFolder where each run's model folder is created
     */
    public TrainViewModel(AppContext context, MnistFolder dataFolder, Path modelsFolder) {
        this.context = context;
        this.modelsFolder = modelsFolder;
        this.io = context.newIoLane();
        this.data = new MnistSetup(io, dataFolder);
        this.fineTune = new FineTuneSettings(context.myDigits().totalProperty());
        canStart.bind(form.validProperty().and(fineTune.validProperty())
                .and(data.readyProperty()).and(data.fetchingProperty().not())
                .and(state.isNotEqualTo(TrainState.RUNNING)).and(state.isNotEqualTo(TrainState.PAUSED))
                .and(state.isNotEqualTo(TrainState.STOPPING))
                .and(Bindings.createBooleanBinding(
                        () -> selectedDevice.get() == null || selectedDevice.get().usable(), selectedDevice)));
        xAxis.addListener(o -> rebuildCharts());
        smoothing.addListener(o -> rebuildCharts());
        logLoss.addListener(o -> rebuildCharts());
        zoomAccuracy.addListener(o -> rebuildCharts());
        comparedRun.addListener(o -> rebuildCharts());
        context.runner().run(() -> context.training().engineSummary(), summary -> device.set(summary),
                error -> device.set("Device: unknown (" + error.getMessage() + ")"));
        engineChoice = new EngineChoiceModel(context.runner(), context.training());
        context.runner().run(() -> context.training().devices(), this::offerDevices,
                error -> device.set("Devices: unknown (" + error.getMessage() + ")"));
    }

    /** The engine choice: the running engine, and another one saved for the next start. */
    public EngineChoiceModel engineChoice() { return engineChoice; }
    /** Every device DJL reports; unusable ones say why. */
    public ObservableList<DeviceOption> devices() { return devicesView; }
    /** The device the next run trains on; the first usable one (GPUs come first) by default. */
    public ObjectProperty<DeviceOption> selectedDeviceProperty() { return selectedDevice; }

    private void offerDevices(List<DeviceOption> options) {
        devices.setAll(options);
        options.stream().filter(DeviceOption::usable).findFirst().ifPresent(selectedDevice::set);
    }

    public SettingsForm form() { return form; }
    /** Starting from a model and mixing in the user's examples. */
    public FineTuneSettings fineTune() { return fineTune; }
    public MnistSetup data() { return data; }
    public ReadOnlyObjectProperty<TrainState> stateProperty() { return state.getReadOnlyProperty(); }
    /** The latest sentence about the run: an epoch summary, how it ended, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** Whether the message reports a problem (divergence, failure) rather than news. */
    public ReadOnlyBooleanProperty messageIsProblemProperty() { return messageIsProblem.getReadOnlyProperty(); }
    /** The ended run's test figures of both heads and its best epoch; kept until the next start, else empty. */
    public ReadOnlyStringProperty finalFiguresProperty() { return finalFigures.getReadOnlyProperty(); }
    /** Fraction of the run done, 0..1; negative while data loads. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyStringProperty throughputProperty() { return throughput.getReadOnlyProperty(); }
    public ReadOnlyStringProperty elapsedProperty() { return elapsed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty etaProperty() { return eta.getReadOnlyProperty(); }
    /** Device and thread count, from the engine. */
    public ReadOnlyStringProperty deviceProperty() { return device.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canStartProperty() { return canStart.getReadOnlyProperty(); }
    /** The last complete checkpoint of the latest run, or null. */
    public ReadOnlyObjectProperty<Path> lastCheckpointProperty() { return lastCheckpoint.getReadOnlyProperty(); }
    /** The digit head's confusion on the test set after the latest epoch. */
    public ReadOnlyObjectProperty<ConfusionMatrix> confusionProperty() { return confusion.getReadOnlyProperty(); }
    /** Test images the latest epoch got wrong. */
    public ObservableList<Mistake> mistakes() { return mistakesView; }
    /** This session's runs, newest last, including the current one. */
    public ObservableList<RunHistory> runs() { return runsView; }
    public ObjectProperty<RunHistory> comparedRunProperty() { return comparedRun; }
    public ObjectProperty<XAxisMode> xAxisProperty() { return xAxis; }
    /** Smoothing weight 0..0.99. */
    public DoubleProperty smoothingProperty() { return smoothing; }
    public BooleanProperty logLossProperty() { return logLoss; }
    public BooleanProperty zoomAccuracyProperty() { return zoomAccuracy; }
    /** What the charts show now. */
    public ReadOnlyObjectProperty<ChartFrame> chartFrameProperty() { return chartFrame.getReadOnlyProperty(); }

    // ---- Commands ----

    /** Starts a run with the form's settings on the engine thread. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        TrainingConfig config = form.toConfig();
        FineTuneSettings.Choice teaching = fineTune.choice();
        Path examplesFolder = context.myDigits().folder();
        latestExamples = null;
        RunRecorder runRecorder = new RunRecorder();
        RunControl runControl = new RunControl();
        CountDownLatch ended = new CountDownLatch(1);
        recorder = runRecorder;
        control = runControl;
        runEnded = ended;
        current = new RunHistory(runs.size() + 1, config);
        runs.add(current);
        confusion.set(null);
        mistakes.clear();
        lastCheckpoint.set(null);
        finalFigures.set("");
        showMessage("Loading MNIST and preparing the network…", false);
        position.set("Starting");
        progress.set(-1);
        state.set(TrainState.RUNNING);
        rebuildCharts();
        MnistFolder source = data.folderProperty().get();
        String deviceId = selectedDevice.get() == null ? null : selectedDevice.get().id();
        Path output = modelsFolder.resolve(config.architecture() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-run" + runs.size());
        // Reading and hashing the files is IO work; only the training itself runs on the engine thread.
        io.run(() -> new RunData(data.load(source),
                teaching.mixExamples() ? ExampleFolder.read(examplesFolder) : null), loaded -> context.runner().run(() -> {
            try {
                // The Draw tab's model is known on the engine thread, where it lives.
                Path start = !teaching.startFromModel() ? null : teaching.otherModel() != null
                        ? teaching.otherModel() : context.predictions().activeModel().map(ModelSummary::source)
                        .orElseThrow(() -> new IllegalStateException("The Draw tab has no model yet."));
                return context.training().train(RunRequest.of(config, loaded.mnist().train(),
                        loaded.mnist().test(), output, runRecorder, runControl)
                        .onDevices(deviceId)
                        .withFineTuning(new FineTuning(start, loaded.examples(), teaching.share())));
            } finally {
                ended.countDown();
            }
        }, this::finish, this::couldNotRun), error -> {
            ended.countDown();
            couldNotRun(error);
        });
    }

    /** Pauses between batches, or resumes a paused run. */
    public void togglePause() {
        if (state.get() == TrainState.RUNNING) {
            control.pause();
            state.set(TrainState.PAUSED);
        } else if (state.get() == TrainState.PAUSED) {
            control.resume();
            state.set(TrainState.RUNNING);
        }
    }

    /** Ends the run after the current batch; the last complete checkpoint stays. */
    public void stop() {
        if (state.get() == TrainState.RUNNING || state.get() == TrainState.PAUSED) {
            control.requestStop();
            state.set(TrainState.STOPPING);
            showMessage("Stopping after the current batch…", false);
        }
    }

    /** Stops a run in progress and waits until the engine thread has left it, for closing the window. */
    public boolean stopAndWait(long timeout, TimeUnit unit) throws InterruptedException {
        stop();
        return runEnded.await(timeout, unit);
    }

    /** Makes the latest checkpoint the active model of the drawing tab and lists it there. */
    public void useModel() {
        Path checkpoint = lastCheckpoint.get();
        if (checkpoint == null || state.get().active()) {
            return;
        }
        context.activeModel().useTrained(checkpoint,
                summary -> showMessage("'" + summary.name() + "' is now the model on the Draw tab.", false),
                error -> showMessage("Could not use the model: " + error.getMessage(), true));
    }

    /**
     * Writes every raw point of the current run as CSV, atomically (a temp file, then a move), on
     * the IO lane; the message says where it went or why it could not.
     */
    public void exportMetrics(Path target) {
        if (current == null) {
            showMessage("There is no run to export yet.", true);
            return;
        }
        // The run's points belong to the FX thread: copy them here, write them there.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer csv = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            current.writeCsv(csv);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        byte[] content = bytes.toByteArray();
        io.run(() -> {
            AtomicFiles.write(target, out -> out.write(content));
            return target;
        }, written -> showMessage("Metrics exported to " + written + ".", false),
                error -> showMessage("Could not export the metrics: " + error.getMessage(), true));
    }

    /** The IO lane of this tab (data, exports), for the tab's own file work. */
    BackgroundRunner io() {
        return io;
    }

    /** Folds every queued record into the properties; the FX pump calls this about ten times a second. */
    public void drainUpdates() {
        data.showFetchProgress();
        if (recorder == null) {
            return;
        }
        BatchProgress[] latest = new BatchProgress[1];
        recorder.drainTo(record -> {
            if (record instanceof BatchProgress batch) {
                current.addBatch(batch);
                latest[0] = batch;
                chartsDirty = true;
            } else if (record instanceof EpochResult epoch) {
                current.addEpoch(epoch);
                confusion.set(epoch.test().digitConfusion());
                mistakes.setAll(epoch.test().mistakes());
                lastCheckpoint.set(epoch.checkpoint());
                showMessage(RunTexts.epochSummary(epoch) + examplesSentence(), false);
                chartsDirty = true;
            } else if (record instanceof ExamplesEvaluation examples) {
                current.addExamples(examples);
                latestExamples = examples;
                chartsDirty = true;
            } else if (record instanceof RunInfo info) {
                current.start(info);
                device.set(info.device() + " · " + info.threads() + " threads");
                showMessage(String.format("Training on %,d images, testing on %,d.", info.trainingImages(),
                        info.testImages()), false);
            }
        });
        if (latest[0] != null) {
            BatchProgress p = latest[0];
            position.set(RunTexts.position(p));
            throughput.set(RunTexts.throughput(p.imagesPerSecond()));
            elapsed.set(RunTexts.duration(p.elapsedSeconds()));
            eta.set(RunTexts.duration(p.etaSeconds()));
            progress.set(p.runFraction());
        }
        if (chartsDirty) {
            rebuildCharts();
        }
    }

    /** The listener of the run in progress, for tests that feed records directly. */
    RunRecorder currentRecorder() {
        return recorder;
    }

    /** The run control in progress, for tests. */
    RunControl currentControl() {
        return control;
    }

    /** MNIST and, when mixing, the user's examples, read on the IO lane. */
    private record RunData(MnistSetup.LoadedData mnist, ExampleSet examples) {}

    /** The latest score on the user's examples in words, or empty. */
    private String examplesSentence() {
        return latestExamples == null ? "" : String.format(Locale.ROOT,
                " Your %d examples: digit %.1f%%, sum %.1f%%.", latestExamples.evaluated(),
                100 * latestExamples.metrics().digitAccuracy(), 100 * latestExamples.metrics().sumAccuracy());
    }

    private void finish(RunOutcome outcome) {
        drainUpdates();
        current.finish(outcome);
        outcome.checkpoint().ifPresent(lastCheckpoint::set);
        boolean completed = outcome.status() == RunOutcome.Status.COMPLETED;
        boolean problem = outcome.status() == RunOutcome.Status.DIVERGED || outcome.status() == RunOutcome.Status.FAILED;
        // Whatever the ending, the bar leaves its live state: full when done, empty otherwise.
        progress.set(completed ? 1 : 0);
        eta.set("–");
        if (!completed) {
            position.set(outcome.status() == RunOutcome.Status.STOPPED ? "Stopped" : "Ended early");
        }
        state.set(problem ? TrainState.FAILED : TrainState.FINISHED);
        showMessage(outcome.message() + examplesSentence(), problem);
        finalFigures.set(RunSummary.of(current.tests(), current.plannedEpochs()).map(RunSummary::text).orElse(""));
        // Re-add so list cells show the final title.
        runs.set(runs.indexOf(current), current);
        recorder = null;
    }

    private void couldNotRun(Throwable error) {
        finish(new RunOutcome(RunOutcome.Status.FAILED, "Training could not run: " + error.getMessage(), null, null));
    }

    private void showMessage(String text, boolean isProblem) {
        message.set(text);
        messageIsProblem.set(isProblem);
    }

    private void rebuildCharts() {
        chartsDirty = false;
        chartFrame.set(ChartFrames.build(current, comparedRun.get(), xAxis.get(),
                Math.max(0, Math.min(0.99, smoothing.get())), logLoss.get(), zoomAccuracy.get()));
    }
}
