package studio.adder.ui.train;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.data.MnistFolder;
import studio.adder.mydigits.ExampleFolder;
import studio.adder.mydigits.ExampleSet;
import studio.adder.predict.ModelSummary;
import studio.adder.train.BatchProgress;
import studio.adder.train.EpochResult;
import studio.adder.train.ExamplesEvaluation;
import studio.adder.train.FineTuning;
import studio.adder.train.RunControl;
import studio.adder.train.RunInfo;
import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;
import studio.adder.train.TrainingConfig;
import studio.adder.ui.AppContext;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.util.AtomicFiles;

/**
 * The training tab's state and commands: settings, run control and live progress, with the chart
 * options ({@link ChartOptions}) and the device choice ({@link DeviceChoiceModel}) in models of
 * their own. Records from the engine thread wait in a queue until {@link #drainUpdates()} (the FX pump, at most
 * ten times a second) folds them in, so the FX thread never sees one update per batch.
 */
public final class TrainViewModel {

    private final AppContext context;
    private final BackgroundRunner io;
    private final Path modelsFolder;
    private final SettingsForm form = new SettingsForm();
    private final MnistSetup data;
    private final FineTuneSettings fineTune;
    private final RunLauncher launcher;
    private ExamplesEvaluation latestExamples;
    private RunRecorder recorder;
    private Runnable updatesWaiting = () -> {};
    private RunControl control;
    private RunHistory current;
    private CountDownLatch runEnded = new CountDownLatch(0);

    // ---- Properties ----

    private final ReadOnlyObjectWrapper<TrainState> state = new ReadOnlyObjectWrapper<>(TrainState.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper finalFigures = new ReadOnlyStringWrapper("");
    private final RunProgress progress = new RunProgress();
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper("Device: starting the engine…");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper();
    private final EngineChoiceModel engineChoice;
    private final DeviceChoiceModel deviceChoice;
    private final ChartOptions charts = new ChartOptions(() -> current);
    private final ReadOnlyObjectWrapper<Path> lastCheckpoint = new ReadOnlyObjectWrapper<>();
    private final EpochDetails epochDetails = new EpochDetails();
    // One read-only view, held here: a wrapper made per call would be collected with its listeners.
    private final ObservableList<RunHistory> runs = FXCollections.observableArrayList();
    private final ObservableList<RunHistory> runsView = FXCollections.unmodifiableObservableList(runs);

    /**
     * @param context the shared services; training runs through its runner
     * @param dataFolder where MNIST is read from (tests pass the committed slice)
     * @param modelsFolder where each run's model folder is created
     */
    public TrainViewModel(AppContext context, MnistFolder dataFolder, Path modelsFolder) {
        this(context, dataFolder, modelsFolder, request -> context.training().train(request));
    }

    /** As above, with runs trained by {@code launcher} (tests end them by hand). */
    TrainViewModel(AppContext context, MnistFolder dataFolder, Path modelsFolder, RunLauncher launcher) {
        this.context = context;
        this.modelsFolder = modelsFolder;
        this.launcher = launcher;
        this.io = context.newIoLane();
        this.data = new MnistSetup(io, dataFolder);
        this.fineTune = new FineTuneSettings(context.myDigits().totalProperty());
        context.runner().run(() -> context.training().engineSummary(), summary -> device.set(summary),
                error -> device.set("Device: unknown (" + error.getMessage() + ")"));
        engineChoice = new EngineChoiceModel(context.runner(), context.training());
        deviceChoice = new DeviceChoiceModel(context.runner(), context.training(), device::set);
        canStart.bind(form.validProperty().and(fineTune.validProperty())
                .and(data.readyProperty()).and(data.fetchingProperty().not())
                .and(state.isNotEqualTo(TrainState.RUNNING)).and(state.isNotEqualTo(TrainState.PAUSED))
                .and(state.isNotEqualTo(TrainState.STOPPING)).and(deviceChoice.usableProperty()));
    }

    /** The engine choice: the running engine, and another one saved for the next start. */
    public EngineChoiceModel engineChoice() { return engineChoice; }
    /** The device choice: every device DJL reports, and the one the next run trains on. */
    public DeviceChoiceModel deviceChoice() { return deviceChoice; }
    /** How the charts draw the runs. */
    public ChartOptions charts() { return charts; }

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
    /** Where the latest run stands: fraction done, position, speed and times. */
    public RunProgress progress() { return progress; }
    /** Device and thread count, from the engine. */
    public ReadOnlyStringProperty deviceProperty() { return device.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canStartProperty() { return canStart.getReadOnlyProperty(); }
    /** The last complete checkpoint of the latest run, or null. */
    public ReadOnlyObjectProperty<Path> lastCheckpointProperty() { return lastCheckpoint.getReadOnlyProperty(); }
    /** The latest epoch's confusion matrix and misread test digits. */
    public EpochDetails epochDetails() { return epochDetails; }
    /** This session's runs, newest last, including the current one. */
    public ObservableList<RunHistory> runs() { return runsView; }

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
        RunRecorder runRecorder = new RunRecorder(updatesWaiting);
        RunControl runControl = new RunControl();
        CountDownLatch ended = new CountDownLatch(1);
        recorder = runRecorder;
        control = runControl;
        runEnded = ended;
        current = new RunHistory(runs.size() + 1, config);
        runs.add(current);
        epochDetails.clear();
        lastCheckpoint.set(null);
        finalFigures.set("");
        showMessage("Loading MNIST and preparing the network…", false);
        progress.starting();
        state.set(TrainState.RUNNING);
        charts.redraw();
        MnistFolder source = data.folderProperty().get();
        String deviceId = deviceChoice.selectedId();
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
                return launcher.train(RunRequest.of(config, loaded.mnist().train(),
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
        byte[] content = current.csv();
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

    /**
     * Calls {@code wake} from the engine or fetching thread whenever a record or fetch progress waits for {@link
     * #drainUpdates()}; the tab's pump answers it. Without it, nothing drains until the caller does.
     */
    public void onUpdatesWaiting(Runnable wake) {
        updatesWaiting = wake;
        data.onUpdatesWaiting(wake);
    }

    /** Folds every queued record into the properties; the FX pump calls this at most ten times a second. */
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
                charts.batchesAdded();
            } else if (record instanceof EpochResult epoch) {
                current.addEpoch(epoch);
                epochDetails.show(epoch);
                lastCheckpoint.set(epoch.checkpoint());
                showMessage(RunTexts.epochSummary(epoch) + RunTexts.examples(latestExamples), false);
                charts.epochAdded();
            } else if (record instanceof ExamplesEvaluation examples) {
                current.addExamples(examples);
                latestExamples = examples;
                charts.epochAdded();
            } else if (record instanceof RunInfo info) {
                current.start(info);
                device.set(info.device() + " · " + info.threads() + " threads");
                showMessage(RunTexts.started(info), false);
            }
        });
        if (latest[0] != null) {
            progress.show(latest[0]);
        }
        charts.redrawIfRunChanged();
    }

    /** MNIST and, when mixing, the user's examples, read on the IO lane. */
    private record RunData(MnistSetup.LoadedData mnist, ExampleSet examples) {}

    private void finish(RunOutcome outcome) {
        drainUpdates();
        charts.flush();
        current.finish(outcome);
        outcome.checkpoint().ifPresent(lastCheckpoint::set);
        boolean problem = outcome.status() == RunOutcome.Status.DIVERGED || outcome.status() == RunOutcome.Status.FAILED;
        progress.ended(outcome.status());
        state.set(problem ? TrainState.FAILED : TrainState.FINISHED);
        showMessage(outcome.message() + RunTexts.examples(latestExamples), problem);
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
}
