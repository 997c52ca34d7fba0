package studio.adder.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.tracker.Tracker;
import java.util.Optional;
import studio.adder.data.AdderDataset;
import studio.adder.data.BatchPreparation;
import studio.adder.data.MnistData;
import studio.adder.model.AdderNetwork;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelFolder;

/**
 * The model, trainer, learning-rate schedule and training set of one run, built in one place for
 * {@link TrainingRun} and the benchmarks, so that what {@code bench} measures is what {@code train}
 * runs: the same seed, the same data set options, the same schedule over the run's batches and the
 * same trainer from {@link TrainerFactory}.
 *
 * <p>Open it on the engine thread (MXNet keeps per-thread state) and close it there; closing
 * closes the trainer, then the model.
 */
public final class TrainingSetup implements AutoCloseable {

    private final Model model;
    private final Trainer trainer;
    private final Tracker schedule;
    private final TrainingSets.Prepared prepared;
    private final ModelCard baseCard;

    private TrainingSetup(Model model, Trainer trainer, Tracker schedule, TrainingSets.Prepared prepared,
            ModelCard baseCard) {
        this.model = model;
        this.trainer = trainer;
        this.schedule = schedule;
        this.prepared = prepared;
        this.baseCard = baseCard;
    }

    /**
     * Plain training of {@code config} on {@code train} (the config's limit picks a prefix): fresh
     * parameters, MNIST only, batches split across {@code devices} when there are several.
     */
    public static TrainingSetup open(TrainingConfig config, MnistData train, Device... devices) {
        return open(config, prepare(config, train, FineTuning.none()), devices, FineTuning.none());
    }

    /** The training set of {@code config}, with {@code fineTuning}'s examples mixed in when it has any. */
    static TrainingSets.Prepared prepare(TrainingConfig config, MnistData train, FineTuning fineTuning) {
        return TrainingSets.of(config, train, fineTuning.mixedExamples().orElse(null), fineTuning.extraShare());
    }

    /**
     * Seeds the engine, builds the network on the first device, loads {@code fineTuning}'s start
     * model into it (before the trainer exists, see {@link InitialParameters}), then the trainer
     * with {@code engineListeners} and a schedule over all the run's batches.
     *
     * @throws IllegalArgumentException when the start model is of another architecture
     */
    static TrainingSetup open(TrainingConfig config, TrainingSets.Prepared prepared, Device[] devices,
            FineTuning fineTuning, TrainingListener... engineListeners) {
        if (devices.length == 0) {
            throw new IllegalArgumentException("Training needs at least one device.");
        }
        Engine.getInstance().setRandomSeed((int) config.seed());
        Model model = Model.newInstance(ModelFolder.PARAMS_PREFIX, devices[0]);
        try {
            model.setBlock(config.architecture().architecture().newNetwork());
            Tracker schedule = LearningRateSchedules.create(
                    config.schedule(), config.learningRate(), prepared.batchesPerEpoch() * config.epochs());
            ModelCard baseCard = fineTuning.startModel().map(start -> InitialParameters.loadInto(model, start,
                    config.architecture().id(), devices[0], AdderNetwork.inputShapes(config.batchSize()))).orElse(null);
            Trainer trainer = TrainerFactory.newTrainer(model, config, devices, schedule, engineListeners);
            return new TrainingSetup(model, trainer, schedule, prepared, baseCard);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The model being trained; its block is the network. */
    public Model model() {
        return model;
    }

    /** The trainer, with the evaluators and listeners of {@link TrainerFactory}. */
    public Trainer trainer() {
        return trainer;
    }

    /** The learning rate the optimiser follows, over {@code epochs x batchesPerEpoch} updates. */
    public Tracker schedule() {
        return schedule;
    }

    /** The training set; call {@link AdderDataset#nextEpoch()} between epochs. */
    public AdderDataset trainSet() {
        return prepared.dataset();
    }

    /** This epoch's batches, prepared ahead off the calling thread, as the training loop takes them. */
    public Iterable<Batch> batches() {
        return prepared.dataset().batches(trainer.getManager(), BatchPreparation.executor());
    }

    /** Batches in one epoch. */
    public int batchesPerEpoch() {
        return prepared.batchesPerEpoch();
    }

    /** Images in one epoch, the user's examples included. */
    public int imagesPerEpoch() {
        return prepared.imagesPerEpoch();
    }

    /** The card of the model the run started from, when it started from one. */
    Optional<ModelCard> baseCard() {
        return Optional.ofNullable(baseCard);
    }

    @Override
    public void close() {
        try {
            trainer.close();
        } finally {
            model.close();
        }
    }
}
