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
        AdderDataset trainSet = datasets().train();
        AdderDataset testSet = datasets().test();
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
                            schedule, clock, listener);
                    if (outcome != EpochOutcome.FINISHED) {
                        return finish(listener, ending(outcome, state), state);
                    }
                    Evaluation test = ModelEvaluator.evaluate(model.getBlock(), trainer.getManager(), testSet);
                    RunOutcome diverged = checkFinite(test.metrics(), epoch, -1, state);
                    if (diverged != null) {
                        return finish(listener, diverged, state);
                    }
                    Checkpoints.save(model, config, epoch, test, trainData, testData, outputFolder);
                    state.lastEpoch = new EpochResult(epoch, config.epochs(), clock.elapsedSeconds(),
                            clock.epochImagesPerSecond(), clock.epochMetrics(), test, outputFolder);
                    listener.onEpoch(state.lastEpoch);
                }
                return finish(listener, new RunOutcome(RunOutcome.Status.COMPLETED,
                        "Training finished: " + config.epochs() + " epochs.", outputFolder, state.lastEpoch), state);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finish(listener, ending(EpochOutcome.STOPPED, state), state);
        } catch (IOException | UncheckedIOException e) {
            LOG.error("Training failed while writing a checkpoint", e);
            return finish(listener, new RunOutcome(RunOutcome.Status.FAILED,
                    "Could not write the checkpoint to " + outputFolder + ": " + e.getMessage(),
                    state.checkpoint(), state.lastEpoch), state);
        } catch (RuntimeException e) {
            LOG.error("Training failed", e);
            return finish(listener, new RunOutcome(RunOutcome.Status.FAILED,
                    "Training failed: " + e.getMessage(), state.checkpoint(), state.lastEpoch), state);
        }
    }

    private enum EpochOutcome { FINISHED, STOPPED, DIVERGED }

    /** Mutable bookkeeping of one run, confined to the engine thread. */
    private static final class EpochState {
        EpochResult lastEpoch;
        RunOutcome divergence;

        Path checkpoint() {
            return lastEpoch == null ? null : lastEpoch.checkpoint();
        }
    }

    private record Datasets(AdderDataset train, AdderDataset test) {}

    private Datasets datasets;

    private Datasets datasets() {
        if (datasets == null) {
            int limit = config.trainingLimit() > 0 ? config.trainingLimit() : trainData.size();
            AdderDataset train = AdderDataset.builder()
                    .setData(trainData)
                    .setSampling(config.batchSize(), true)
                    .optLimit(limit)
                    .optSeed(config.seed())
                    .optRedrawNumbersEachEpoch(true)
                    .optAugment(config.augment())
                    .build();
            AdderDataset test = TestSets.of(testData, 0);
            datasets = new Datasets(train, test);
        }
        return datasets;
    }

    private EpochOutcome trainEpoch(Trainer trainer, SimpleCompositeLoss loss, AdderDataset trainSet,
            int epoch, int batchesPerEpoch, Tracker schedule, Clock clock, TrainingListener listener)
            throws InterruptedException {
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
                    divergence = checkFinite(batchMetrics, epoch, batchIndex, null);
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

    private RunOutcome divergence;

    private RunOutcome checkFinite(HeadMetrics metrics, int epoch, int batch, EpochState state) {
        if (Double.isFinite(metrics.loss())) {
            return null;
        }
        String where = batch > 0 ? "epoch " + epoch + ", batch " + batch : "the evaluation after epoch " + epoch;
        String message = String.format(Locale.ROOT,
                "Training diverged at %s: the loss became %s. Lower the learning rate (now %s) or pick "
                        + "another optimiser; the last good checkpoint was kept.",
                where, Double.isNaN(metrics.loss()) ? "NaN" : "infinite", config.learningRate());
        return new RunOutcome(RunOutcome.Status.DIVERGED, message,
                state == null ? null : state.checkpoint(), state == null ? null : state.lastEpoch);
    }

    private RunOutcome ending(EpochOutcome outcome, EpochState state) {
        if (outcome == EpochOutcome.DIVERGED && divergence != null) {
            return new RunOutcome(divergence.status(), divergence.message(), state.checkpoint(), state.lastEpoch);
        }
        String kept = state.lastEpoch == null
                ? "No epoch had finished, so no checkpoint was written."
                : "The checkpoint of epoch " + state.lastEpoch.epoch() + " in " + outputFolder + " is kept.";
        return new RunOutcome(RunOutcome.Status.STOPPED, "Training stopped. " + kept,
                state.checkpoint(), state.lastEpoch);
    }

    private static RunOutcome finish(TrainingListener listener, RunOutcome outcome, EpochState state) {
        listener.onFinish(outcome);
        return outcome;
    }
}
