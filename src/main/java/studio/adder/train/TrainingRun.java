package studio.adder.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.SimpleCompositeLoss;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.adder.data.AdderDataset;
import studio.adder.data.MnistData;
import studio.adder.engine.EngineThread;
import studio.adder.model.AdderNetwork;
import studio.adder.model.Architecture;
import studio.adder.model.Architectures;
import studio.adder.model.ModelFolder;

/**
 * Our training loop, in the shape of DJL's {@code EasyTrain.fit} but stoppable and pausable
 * between batches, reporting through a {@link TrainingListener} and writing a checkpoint after
 * every epoch.
 *
 * <p>Call {@link #run} on the engine thread: MXNet keeps per-thread state.
 */
public final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    private final TrainingConfig config;
    private final MnistData trainData;
    private final MnistData testData;
    private final Path outputFolder;
    private final Device device;
    private final String deviceDescription;
    private final int threads;
    private final RunControl control;
    private final List<Integer> liveArraysAfterEachEpoch = new ArrayList<>();

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
        this.config = config.validated();
        this.trainData = trainData;
        this.testData = testData;
        this.outputFolder = outputFolder;
        this.device = device;
        this.deviceDescription = deviceDescription;
        this.threads = threads;
        this.control = control;
    }

    /** Trains to the end, to a stop request, or to divergence, and says how it ended. */
    public RunOutcome run(TrainingListener listener) {
        Architecture architecture = Architectures.byId(config.architecture());
        Engine.getInstance().setRandomSeed((int) config.seed());
        AdderDataset trainSet = trainingSet();
        AdderDataset testSet = TestSets.of(testData, 0);
        int batchesPerEpoch = (int) ((trainSet.size() + config.batchSize() - 1) / config.batchSize());
        EpochState state = new EpochState();
        try (Model model = Model.newInstance(ModelFolder.PARAMS_PREFIX, device)) {
            model.setBlock(architecture.newNetwork());
            Tracker schedule = LearningRateSchedules.create(
                    config.schedule(), config.learningRate(), batchesPerEpoch * config.epochs());
            SimpleCompositeLoss loss = TrainingStep.headLosses();
            DefaultTrainingConfig djlConfig = new DefaultTrainingConfig(loss)
                    .optOptimizer(TrainingStep.optimizer(config, schedule))
                    .optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(djlConfig)) {
                trainer.initialize(AdderNetwork.inputShapes(config.batchSize()));
                listener.onStart(new RunInfo(config, deviceDescription, threads, (int) trainSet.size(),
                        (int) testSet.size(), batchesPerEpoch));
                Clock clock = new Clock();
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    if (epoch > 1) {
                        trainSet.nextEpoch();
                    }
                    EpochOutcome outcome = trainEpoch(trainer, loss, trainSet, epoch, batchesPerEpoch,
                            schedule, clock, listener, state);
                    if (outcome != EpochOutcome.FINISHED) {
                        return finish(listener, ending(outcome, state));
                    }
                    Evaluation test = ModelEvaluator.evaluate(model.getBlock(), trainer.getManager(), testSet);
                    if (!Double.isFinite(test.metrics().loss())) {
                        state.divergence = divergenceMessage(test.metrics(), "the evaluation after epoch " + epoch);
                        return finish(listener, ending(EpochOutcome.DIVERGED, state));
                    }
                    Checkpoints.save(model, config, epoch, test, trainData, testData, outputFolder);
                    state.lastEpoch = new EpochResult(epoch, config.epochs(), clock.elapsedSeconds(),
                            clock.epochImagesPerSecond(), clock.epochMetrics(), test, outputFolder);
                    // Parameters and optimiser state only: anything more means a batch leaked.
                    liveArraysAfterEachEpoch.add(model.getNDManager().getManagedArrays().size());
                    listener.onEpoch(state.lastEpoch);
                }
                return finish(listener, new RunOutcome(RunOutcome.Status.COMPLETED,
                        "Training finished: " + config.epochs() + " epochs.", outputFolder, state.lastEpoch));
            }
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

        Path checkpoint() {
            return lastEpoch == null ? null : lastEpoch.checkpoint();
        }
    }

    private AdderDataset trainingSet() {
        int limit = config.trainingLimit() > 0 ? config.trainingLimit() : trainData.size();
        return AdderDataset.builder()
                .setData(trainData)
                .setSampling(config.batchSize(), true)
                .optLimit(limit)
                .optSeed(config.seed())
                .optRedrawNumbersEachEpoch(true)
                .optAugment(config.augment())
                .build();
    }

    private EpochOutcome trainEpoch(Trainer trainer, SimpleCompositeLoss loss, AdderDataset trainSet,
            int epoch, int batchesPerEpoch, Tracker schedule, Clock clock, TrainingListener listener,
            EpochState state) throws InterruptedException {
        clock.startEpoch();
        int batchIndex = 0;
        for (Batch batch : trainSet.batches(trainer.getManager())) {
            try (batch) {
                // Let queued engine work (drawing-tab predictions) run between batches.
                EngineThread.runPending();
                clock.excludePause(control.awaitIfPaused());
                if (control.isStopRequested()) {
                    return EpochOutcome.STOPPED;
                }
                batchIndex++;
                float[] stats = TrainingStep.run(trainer, loss, batch);
                trainer.step();
                HeadMetrics batchMetrics = new HeadMetrics(stats[0], stats[1],
                        stats[2] / batch.getSize(), stats[3] / batch.getSize());
                if (!Double.isFinite(batchMetrics.loss())) {
                    state.divergence = divergenceMessage(batchMetrics, "epoch " + epoch + ", batch " + batchIndex);
                    return EpochOutcome.DIVERGED;
                }
                clock.addBatch(batch.getSize(), stats);
                long globalBatch = (long) (epoch - 1) * batchesPerEpoch + batchIndex;
                listener.onBatch(new BatchProgress(epoch, config.epochs(), batchIndex, batchesPerEpoch,
                        globalBatch, clock.elapsedSeconds(), batchMetrics, clock.epochMetrics(),
                        clock.epochImagesPerSecond(),
                        clock.etaSeconds(globalBatch, (long) config.epochs() * batchesPerEpoch),
                        schedule.getNewValue((int) globalBatch)));
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
        String kept = state.lastEpoch == null
                ? "No epoch had finished, so no checkpoint was written."
                : "The checkpoint of epoch " + state.lastEpoch.epoch() + " in " + outputFolder + " is kept.";
        return new RunOutcome(RunOutcome.Status.STOPPED, "Training stopped. " + kept,
                state.checkpoint(), state.lastEpoch);
    }

    private static RunOutcome finish(TrainingListener listener, RunOutcome outcome) {
        listener.onFinish(outcome);
        return outcome;
    }
}
