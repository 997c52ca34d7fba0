package studio.adder.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.TrainingDivergedException;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.listener.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.adder.data.AdderDataset;
import studio.adder.data.MnistData;
import studio.adder.engine.EngineThread;
import studio.adder.model.ModelCard;

/**
 * Our training loop, in the shape of DJL's {@code EasyTrain.fit} but stoppable and pausable
 * between batches, reporting through a {@link RunListener} and writing a checkpoint after
 * every epoch. Each batch goes through DJL's {@code EasyTrain.trainBatch}, so the trainer's
 * evaluators and listeners (ours from {@link TrainerFactory}, and any DJL listener added with
 * {@link #addEngineListeners}) see every batch and every epoch. The model, trainer, schedule and
 * training set come from {@link TrainingSetup}, as the benchmarks' do.
 *
 * <p>Call {@link #run} on the engine thread: MXNet keeps per-thread state.
 */
public final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    private final TrainingConfig config;
    private final MnistData trainData;
    private final MnistData testData;
    private final Path outputFolder;
    private final Device[] devices;
    private final String deviceDescription;
    private final int threads;
    private final RunControl control;
    private final List<Integer> liveArraysAfterEachEpoch = new ArrayList<>();
    private final List<TrainingListener> engineListeners = new ArrayList<>();
    private FineTuning fineTuning = FineTuning.none();

    /**
     * Prepares a run; nothing is computed until {@link #run}.
     *
     * @param config validated settings
     * @param trainData training images (the config's limit picks a prefix subset)
     * @param testData test images, each scored once per epoch
     * @param outputFolder the model folder that receives a checkpoint every epoch
     * @param device where to compute
     * @param deviceDescription the device in words for the listener
     * @param threads compute threads in use, for the listener
     * @param control stop and pause requests from other threads
     */
    public TrainingRun(TrainingConfig config, MnistData trainData, MnistData testData, Path outputFolder,
            Device device, String deviceDescription, int threads, RunControl control) {
        this(config, trainData, testData, outputFolder, new Device[] {device}, deviceDescription, threads, control);
    }

    /**
     * Prepares a run whose batches are split across {@code devices} (all GPUs of a machine, say);
     * the model and the evaluation live on the first.
     */
    public TrainingRun(TrainingConfig config, MnistData trainData, MnistData testData, Path outputFolder,
            Device[] devices, String deviceDescription, int threads, RunControl control) {
        if (devices.length == 0) {
            throw new IllegalArgumentException("Training needs at least one device.");
        }
        this.config = config.validated();
        this.trainData = trainData;
        this.testData = testData;
        this.outputFolder = outputFolder;
        this.devices = devices.clone();
        this.deviceDescription = deviceDescription;
        this.threads = threads;
        this.control = control;
    }

    /** Adds DJL training listeners (timing, memory, ...) that the trainer notifies like EasyTrain's. */
    public TrainingRun addEngineListeners(TrainingListener... listeners) {
        engineListeners.addAll(List.of(listeners));
        return this;
    }

    /** Starts from a saved model and/or mixes the user's examples into every batch. */
    public TrainingRun withFineTuning(FineTuning value) {
        fineTuning = value;
        return this;
    }

    /** Trains to the end, to a stop request, or to divergence, and says how it ended. */
    public RunOutcome run(RunListener listener) {
        try {
            Checkpoints.checkWritableFolder(outputFolder);
        } catch (IllegalArgumentException e) {
            return finish(listener, new RunOutcome(RunOutcome.Status.FAILED, e.getMessage(), null, null));
        }
        TrainingSets.Prepared prepared = TrainingSetup.prepare(config, trainData, fineTuning);
        AdderDataset testSet = TestSets.of(testData, 0);
        int batchesPerEpoch = prepared.batchesPerEpoch();
        EpochState state = new EpochState();
        state.probe = fineTuning.mixedExamples().map(set -> new ExamplesProbe(set, batchesPerEpoch)).orElse(null);
        try (TrainingSetup setup = TrainingSetup.open(config, prepared, devices, fineTuning,
                engineListeners.toArray(TrainingListener[]::new))) {
            Model model = setup.model();
            Trainer trainer = setup.trainer();
            AdderDataset trainSet = setup.trainSet();
            ModelCard baseCard = setup.baseCard().orElse(null);
            listener.onStart(new RunInfo(config, deviceDescription, threads, prepared.imagesPerEpoch(),
                    (int) testSet.size(), batchesPerEpoch));
            Clock clock = new Clock();
            if (state.probe != null) {
                state.probe.score(model.getBlock(), trainer.getManager(), 0, 0, 0, 0, listener);
            }
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                if (epoch > 1) {
                    trainSet.nextEpoch();
                }
                state.epoch = epoch;
                EpochOutcome outcome = trainEpoch(setup, clock, listener, state);
                if (outcome != EpochOutcome.FINISHED) {
                    return finish(listener, ending(outcome, state));
                }
                HeadMetrics trainMetrics = TrainerFactory.metrics(trainer, EvaluatorTrainingListener.TRAIN_EPOCH);
                Evaluation test = ModelEvaluator.evaluate(model.getBlock(), trainer.getManager(), testSet);
                if (!Double.isFinite(test.metrics().loss())) {
                    state.divergence = divergenceMessage(test.metrics(), "the evaluation after epoch " + epoch);
                    return finish(listener, ending(EpochOutcome.DIVERGED, state));
                }
                if (state.probe != null) {
                    state.probe.score(model.getBlock(), trainer.getManager(), epoch,
                            (long) epoch * batchesPerEpoch, epoch, clock.elapsedSeconds(), listener);
                }
                Checkpoints.save(model, config, epoch, test, trainData, testData, outputFolder,
                        fineTuning.active() ? fineTuning.cardEntry(baseCard,
                                state.probe == null ? null : state.probe.first(),
                                state.probe == null ? null : state.probe.last()) : Map.of());
                state.lastEpoch = new EpochResult(epoch, config.epochs(), clock.elapsedSeconds(),
                        clock.epochImagesPerSecond(), trainMetrics, test, outputFolder);
                // DJL's epoch end: resets the evaluators' epoch figures, lets plugged-in listeners act.
                trainer.notifyListeners(djlListener -> djlListener.onEpoch(trainer));
                // Parameters and optimiser state only: anything more means a batch leaked.
                liveArraysAfterEachEpoch.add(model.getNDManager().getManagedArrays().size());
                listener.onEpoch(state.lastEpoch);
            }
            return finish(listener, new RunOutcome(RunOutcome.Status.COMPLETED,
                    "Training finished: " + config.epochs() + " epochs.", outputFolder, state.lastEpoch));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finish(listener, ending(EpochOutcome.STOPPED, state));
        } catch (IOException | UncheckedIOException e) {
            LOG.error("Training failed while writing a checkpoint", e);
            return finish(listener, new RunOutcome(RunOutcome.Status.FAILED,
                    "Could not write the checkpoint to " + outputFolder + ": " + e.getMessage(),
                    state.checkpoint(), state.lastEpoch));
        } catch (RuntimeException e) {
            LOG.error("Training failed", e);
            return finish(listener, new RunOutcome(RunOutcome.Status.FAILED,
                    "Training failed: " + e.getMessage(), state.checkpoint(), state.lastEpoch));
        }
    }

    /** Native arrays alive in the model's manager after each epoch; flat when nothing leaks. */
    List<Integer> liveArraysAfterEachEpoch() {
        return List.copyOf(liveArraysAfterEachEpoch);
    }

    private enum EpochOutcome { FINISHED, STOPPED, DIVERGED }

    /** Mutable bookkeeping of one run, confined to the engine thread. */
    private static final class EpochState {
        EpochResult lastEpoch;
        String divergence;
        int epoch;
        int batch;
        ExamplesProbe probe;

        Path checkpoint() {
            return lastEpoch == null ? null : lastEpoch.checkpoint();
        }
    }

    private EpochOutcome trainEpoch(TrainingSetup setup, Clock clock, RunListener listener, EpochState state)
            throws InterruptedException {
        Trainer trainer = setup.trainer();
        int batchesPerEpoch = setup.batchesPerEpoch();
        clock.startEpoch();
        int epoch = state.epoch;
        state.batch = 0;
        for (Batch batch : setup.batches()) {
            try (batch) {
                // Let queued engine work (drawing-tab predictions) run between batches.
                EngineThread.runPending();
                clock.excludePause(control.awaitIfPaused());
                if (control.isStopRequested()) {
                    return EpochOutcome.STOPPED;
                }
                state.batch++;
                HeadMetrics batchMetrics;
                try {
                    EasyTrain.trainBatch(trainer, batch);
                    trainer.step();
                    batchMetrics = TrainerFactory.metrics(trainer, EvaluatorTrainingListener.TRAIN_ALL);
                } catch (TrainingDivergedException e) {
                    batchMetrics = TrainerFactory.metrics(trainer, EvaluatorTrainingListener.TRAIN_ALL);
                }
                if (!Double.isFinite(batchMetrics.loss())) {
                    state.divergence = divergenceMessage(batchMetrics, "epoch " + epoch + ", batch " + state.batch);
                    return EpochOutcome.DIVERGED;
                }
                clock.addBatch(batch.getSize());
                long globalBatch = (long) (epoch - 1) * batchesPerEpoch + state.batch;
                listener.onBatch(new BatchProgress(epoch, config.epochs(), state.batch, batchesPerEpoch,
                        globalBatch, clock.elapsedSeconds(), batchMetrics,
                        TrainerFactory.metrics(trainer, EvaluatorTrainingListener.TRAIN_EPOCH),
                        clock.epochImagesPerSecond(),
                        clock.etaSeconds(globalBatch, (long) config.epochs() * batchesPerEpoch),
                        setup.schedule().getNewValue((int) globalBatch)));
                if (state.probe != null && state.probe.due(state.batch, batchesPerEpoch)) {
                    state.probe.score(trainer.getModel().getBlock(), trainer.getManager(), epoch, globalBatch,
                            epoch - 1 + state.batch / (double) batchesPerEpoch, clock.elapsedSeconds(), listener);
                }
            }
        }
        return EpochOutcome.FINISHED;
    }

    private String divergenceMessage(HeadMetrics metrics, String where) {
        return String.format(Locale.ROOT,
                "Training diverged at %s: the loss became %s. Lower the learning rate (now %s) or pick "
                        + "another optimiser; the last good checkpoint was kept.",
                where, Double.isNaN(metrics.loss()) ? "NaN" : "infinite", config.learningRate());
    }

    private RunOutcome ending(EpochOutcome outcome, EpochState state) {
        if (outcome == EpochOutcome.DIVERGED) {
            return new RunOutcome(RunOutcome.Status.DIVERGED, state.divergence, state.checkpoint(), state.lastEpoch);
        }
        // state.batch counts the batches that trained; the one that saw the request did not.
        String where = "Training stopped in epoch " + Math.max(1, state.epoch) + " at batch " + state.batch;
        String kept = state.lastEpoch == null
                ? ". No epoch had finished, so no checkpoint was written."
                : "; checkpoint of epoch " + state.lastEpoch.epoch() + " kept in " + outputFolder + ".";
        return new RunOutcome(RunOutcome.Status.STOPPED, where + kept, state.checkpoint(), state.lastEpoch);
    }

    private static RunOutcome finish(RunListener listener, RunOutcome outcome) {
        listener.onFinish(outcome);
        return outcome;
    }
}
