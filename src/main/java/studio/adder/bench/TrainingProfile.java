package studio.adder.bench;

import ai.djl.Device;
import ai.djl.metric.Metric;
import ai.djl.metric.Metrics;
import ai.djl.ndarray.NDManager;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import studio.adder.data.AdderDataset;
import studio.adder.data.MnistData;
import studio.adder.model.ArchitectureId;
import studio.adder.train.ModelEvaluator;
import studio.adder.train.TestSets;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingSetup;

/**
 * Where a training epoch's time goes, phase by phase, measured on the training loop's own
 * pieces: the model, trainer and data set of a {@code train} run ({@link TrainingSetup}), DJL's
 * {@code EasyTrain.trainBatch} and {@code Trainer.step}, and {@link ModelEvaluator}'s test pass.
 *
 * <p>MXNet computes asynchronously: a call returns when the work is queued, not done. Run the
 * profile with MXNet's {@code NaiveEngine} ({@code bench --profile} starts a process with
 * {@code MXNET_ENGINE_TYPE=NaiveEngine}), which finishes every operation before returning, so
 * that DJL's own forward, backward and step timers measure the work itself.
 */
public final class TrainingProfile {

    /** The phases of an epoch, in the order they happen. */
    public enum Phase {
        /** Waiting for the next batch: augmentation and assembly not hidden by prefetching, native copies. */
        DATA("data preparation"),
        /** The network's forward pass ({@code Trainer.forward}). */
        FORWARD("forward"),
        /** Both losses and the backward pass. */
        BACKWARD("backward"),
        /** The trainer's evaluators and listeners: losses and accuracies per head, divergence check. */
        METRICS("metrics"),
        /** The optimiser's parameter update ({@code Trainer.step}). */
        OPTIMIZER("optimizer step"),
        /** The test pass after the epoch. */
        EVALUATION("evaluation (test pass)");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        /** The phase in words, for tables. */
        public String label() {
            return label;
        }
    }

    /**
     * One architecture's profile.
     *
     * @param architecture what was profiled, with its default recipe
     * @param batchSize images per training batch
     * @param secondsPerEpoch each phase's seconds, scaled to one whole epoch (all training
     *     batches and one test pass over the test set)
     * @param preparationMillisPerBatch augmentation and assembly of one batch, wherever it runs
     *     (with prefetching mostly off the engine thread)
     * @param trainingFlopsPerImage arithmetic of one training image (convolutions and dense layers)
     * @param evaluationFlopsPerImage arithmetic of one test image (the forward pass)
     */
    public record Result(ArchitectureId architecture, int batchSize, Map<Phase, Double> secondsPerEpoch,
            double preparationMillisPerBatch, double trainingFlopsPerImage, double evaluationFlopsPerImage,
            int trainingImagesPerEpoch, int testImages) {

        /** The whole epoch's seconds. */
        public double epochSeconds() {
            return secondsPerEpoch.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** A phase's share of the epoch, 0..1. */
        public double share(Phase phase) {
            return secondsPerEpoch.get(phase) / epochSeconds();
        }

        /** GFLOP/s of the arithmetic phases alone: forward, backward and test pass. */
        public double computeGflops() {
            double flops = trainingFlopsPerImage * trainingImagesPerEpoch + evaluationFlopsPerImage * testImages;
            double seconds = secondsPerEpoch.get(Phase.FORWARD) + secondsPerEpoch.get(Phase.BACKWARD)
                    + secondsPerEpoch.get(Phase.EVALUATION);
            return flops / seconds / 1e9;
        }

        /** GFLOP/s over the whole epoch, everything included. */
        public double epochGflops() {
            double flops = trainingFlopsPerImage * trainingImagesPerEpoch + evaluationFlopsPerImage * testImages;
            return flops / epochSeconds() / 1e9;
        }
    }

    private TrainingProfile() {}

    /**
     * Trains {@code architecture} with its default recipe for {@code warmUpBatches}, times
     * {@code timedBatches} phase by phase, times one test pass over {@code test}, and scales
     * both to one epoch over {@code train}. Call it on the engine thread.
     */
    public static Result measure(ArchitectureId architecture, MnistData train, MnistData test, Device device,
            int warmUpBatches, int timedBatches) {
        TrainingConfig config = TrainingConfig.defaultsFor(architecture);
        AdderDataset testSet = TestSets.of(test, 0);
        Map<Phase, Double> nanosPerBatch = new EnumMap<>(Phase.class);
        double evaluationNanos;
        MultiplyAccumulates arithmetic;
        int batchesPerEpoch;
        int trainingImages;
        AdderDataset trainSet;
        try (TrainingSetup setup = TrainingSetup.open(config, train, device)) {
            Trainer trainer = setup.trainer();
            batchesPerEpoch = setup.batchesPerEpoch();
            trainingImages = setup.imagesPerEpoch();
            arithmetic = MultiplyAccumulates.of(setup.model().getBlock());
            Iterator<Batch> batches = setup.batches().iterator();
            timeBatches(trainer, batches, warmUpBatches, new EnumMap<>(Phase.class));
            int timed = timeBatches(trainer, batches, timedBatches, nanosPerBatch);
            nanosPerBatch.replaceAll((phase, nanos) -> nanos / timed);
            long start = System.nanoTime();
            ModelEvaluator.evaluate(setup.model().getBlock(), trainer.getManager(), testSet);
            evaluationNanos = System.nanoTime() - start;
            trainSet = setup.trainSet();
        }
        Map<Phase, Double> secondsPerEpoch = new EnumMap<>(Phase.class);
        nanosPerBatch.forEach((phase, nanos) -> secondsPerEpoch.put(phase, nanos * batchesPerEpoch / 1e9));
        secondsPerEpoch.put(Phase.EVALUATION, evaluationNanos / 1e9);
        return new Result(architecture, config.batchSize(), secondsPerEpoch,
                preparationMillis(trainSet, timedBatches),
                2.0 * arithmetic.trainingPerImage(), 2.0 * arithmetic.forwardPerImage(),
                trainingImages, (int) testSet.size());
    }

    /** Runs up to {@code count} batches, adding each phase's nanoseconds to {@code totals}; returns how many ran. */
    private static int timeBatches(Trainer trainer, Iterator<Batch> batches, int count, Map<Phase, Double> totals) {
        Metrics metrics = new Metrics();
        trainer.setMetrics(metrics); // DJL's Trainer times forward, backward and step into it
        int done = 0;
        try {
            for (; done < count && batches.hasNext(); done++) {
                long start = System.nanoTime();
                try (Batch batch = batches.next()) {
                    long fetched = System.nanoTime();
                    EasyTrain.trainBatch(trainer, batch);
                    long trained = System.nanoTime();
                    trainer.step();
                    long stepped = System.nanoTime();
                    add(totals, Phase.DATA, fetched - start);
                    add(totals, Phase.METRICS, trained - fetched); // forward and backward are taken out below
                    add(totals, Phase.OPTIMIZER, stepped - trained);
                }
            }
        } finally {
            trainer.setMetrics(null);
        }
        double forward = total(metrics, "forward");
        double backward = total(metrics, "backward");
        add(totals, Phase.FORWARD, forward);
        add(totals, Phase.BACKWARD, backward);
        add(totals, Phase.METRICS, -(forward + backward));
        return Math.max(1, done);
    }

    /** Milliseconds of augmentation and assembly per batch, on this thread, native arrays included. */
    private static double preparationMillis(AdderDataset trainSet, int count) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Iterator<Batch> batches = trainSet.batches(manager).iterator();
            long start = System.nanoTime();
            int done = 0;
            for (; done < count && batches.hasNext(); done++) {
                batches.next().close();
            }
            return (System.nanoTime() - start) / 1e6 / Math.max(1, done);
        }
    }

    private static void add(Map<Phase, Double> totals, Phase phase, double nanos) {
        totals.merge(phase, nanos, Double::sum);
    }

    private static double total(Metrics metrics, String name) {
        if (!metrics.hasMetric(name)) {
            return 0;
        }
        List<Metric> values = metrics.getMetric(name);
        return values.stream().mapToDouble(Metric::getValue).sum();
    }
}
