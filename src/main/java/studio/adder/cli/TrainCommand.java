package studio.adder.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.adder.data.MnistData;
import studio.adder.data.MnistSplit;
import studio.adder.model.ArchitectureId;
import studio.adder.train.BatchProgress;
import studio.adder.train.Checkpoints;
import studio.adder.train.EpochResult;
import studio.adder.train.ExamplesEvaluation;
import studio.adder.train.FineTuneRecipe;
import studio.adder.train.FineTuning;
import studio.adder.train.OptimizerKind;
import studio.adder.train.RunControl;
import studio.adder.train.RunInfo;
import studio.adder.train.RunListener;
import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;
import studio.adder.train.Schedule;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingService;
import studio.adder.util.AppHome;

/** {@code train}: trains a model on MNIST and writes a model folder with a checkpoint per epoch. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model; prints progress to stderr, and with --json one JSON object per epoch to stdout.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--arch", paramLabel = "ID", description = "Architecture: compact (default) or seed;"
            + " with --init-model, that model's.")
    String architecture;

    @Option(names = "--epochs", description = "Epochs (default: the architecture's).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Images per batch (default: the architecture's).")
    Integer batchSize;

    @Option(names = "--optimizer", description = "sgd (momentum 0.9) or adam (default: the architecture's).")
    String optimizer;

    @Option(names = "--lr", description = "Peak learning rate (default: the architecture's).")
    Float learningRate;

    @Option(names = "--schedule", description = "constant, cosine or one-cycle (default: the architecture's).")
    String schedule;

    @Option(names = "--augment", negatable = true, description = "Random shifts/rotations/scaling (default: the architecture's).")
    Boolean augment;

    @Option(names = "--limit", description = "Train on the first N training images only (default: all).")
    Integer limit;

    @Option(names = "--seed", description = "Random seed (default: the architecture's: 42 for compact, 1 for seed).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Model folder to write (default: ~/.adder-studio/models/<arch>-<time>).")
    Path out;

    @Option(names = "--device", paramLabel = "ID", description = "cpu, gpu0, a list such as gpu0,gpu1,"
            + " or gpus for every usable GPU (default: every usable GPU, else the CPU).")
    String device;

    @Option(names = "--json", description = "Print one JSON object per epoch to stdout.")
    boolean json;

    @Mixin DataOptions data;

    @Mixin FineTuneOptions fineTune;

    @Override
    public Integer call() {
        ArchitectureId arch = architecture != null ? ArchitectureId.parse(architecture)
                : fineTune.startsFromModel() ? fineTune.initArchitecture() : ArchitectureId.DEFAULT;
        TrainingConfig config = config(arch).validated();
        FineTuning teaching = fineTune.toFineTuning();
        Path folder = out != null ? out : defaultOutput(arch);
        // Before reading data or building a network: a run that cannot save is refused now.
        Checkpoints.checkWritableFolder(folder);
        MnistData train = data.load(MnistSplit.TRAIN);
        MnistData test = data.load(MnistSplit.TEST);
        RunControl control = new RunControl();
        RunOutcome outcome;
        boolean interrupted;
        try (CtrlC ctrlC = CtrlC.onFirstPress(control::requestStop)) {
            RunRequest request = RunRequest.of(config, train, test, folder, new Reporter(), control)
                    .onDevices(device)
                    .withFineTuning(teaching);
            outcome = new TrainingService().train(request);
            interrupted = ctrlC.pressed();
        }
        System.err.println();
        System.err.println(outcome.message());
        if (interrupted && outcome.status() == RunOutcome.Status.STOPPED) {
            return CtrlC.EXIT_STATUS;
        }
        return outcome.status() == RunOutcome.Status.COMPLETED ? 0 : 1;
    }

    private TrainingConfig config(ArchitectureId arch) {
        TrainingConfig recipe = TrainingConfig.defaultsFor(arch);
        TrainingConfig.Builder builder = (fineTune.startsFromModel() ? FineTuneRecipe.from(recipe) : recipe).toBuilder();
        if (limit != null) {
            builder.optTrainingLimit(limit);
        }
        if (epochs != null) {
            builder.optEpochs(epochs);
        }
        if (batchSize != null) {
            builder.optBatchSize(batchSize);
        }
        if (optimizer != null) {
            builder.optOptimizer(OptimizerKind.parse(optimizer));
        }
        if (learningRate != null) {
            builder.optLearningRate(learningRate);
        }
        if (schedule != null) {
            builder.optSchedule(Schedule.parse(schedule));
        }
        if (augment != null) {
            builder.optAugment(augment);
        }
        if (seed != null) {
            builder.optSeed(seed);
        }
        return builder.build();
    }

    private static Path defaultOutput(ArchitectureId arch) {
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return AppHome.folder().resolve("models").resolve(arch.id() + "-" + time);
    }

    /** Prints progress to stderr at most twice a second and epoch results as text or JSON. */
    private final class Reporter implements RunListener {
        private long lastPrint;
        private ExamplesEvaluation examples;

        @Override
        public void onExamplesEvaluation(ExamplesEvaluation evaluation) {
            if (examples == null) {
                System.err.printf(Locale.ROOT, "your examples before training: digit %.2f%%, sum %.2f%% (%d)%n",
                        100 * evaluation.metrics().digitAccuracy(), 100 * evaluation.metrics().sumAccuracy(),
                        evaluation.evaluated());
            }
            examples = evaluation;
        }

        @Override
        public void onStart(RunInfo info) {
            System.err.printf(Locale.ROOT, "Training %s on %,d images (%d batches/epoch), testing on %,d. %s, %d threads.%n",
                    info.config().architecture(), info.trainingImages(), info.batchesPerEpoch(),
                    info.testImages(), info.device(), info.threads());
        }

        @Override
        public void onBatch(BatchProgress p) {
            long now = System.nanoTime();
            // At most two lines a second, but always an epoch's first and last batch.
            boolean edge = p.batch() == 1 || p.batch() == p.batchesPerEpoch();
            if (now - lastPrint < 500_000_000L && !edge) {
                return;
            }
            lastPrint = now;
            System.err.printf(Locale.ROOT,
                    "\repoch %d/%d  batch %d/%d  loss %.3f+%.3f  acc %.2f%%/%.2f%%  %.0f img/s  ETA %s   ",
                    p.epoch(), p.epochs(), p.batch(), p.batchesPerEpoch(), p.epochMetrics().digitLoss(),
                    p.epochMetrics().sumLoss(), 100 * p.epochMetrics().digitAccuracy(),
                    100 * p.epochMetrics().sumAccuracy(), p.imagesPerSecond(), duration(p.etaSeconds()));
        }

        @Override
        public void onEpoch(EpochResult r) {
            System.err.printf(Locale.ROOT,
                    "%nepoch %d/%d done in %.1f s: test digit %.2f%%, sum %.2f%%, loss %.4f (%d scored); checkpoint %s%n",
                    r.epoch(), r.epochs(), r.elapsedSeconds(), 100 * r.test().metrics().digitAccuracy(),
                    100 * r.test().metrics().sumAccuracy(), r.test().metrics().loss(), r.test().evaluated(),
                    r.checkpoint());
            if (examples != null) {
                System.err.printf(Locale.ROOT, "your examples: digit %.2f%%, sum %.2f%% (%d)%n",
                        100 * examples.metrics().digitAccuracy(), 100 * examples.metrics().sumAccuracy(),
                        examples.evaluated());
            }
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("epoch", r.epoch());
                line.put("epochs", r.epochs());
                line.put("elapsedSeconds", r.elapsedSeconds());
                line.put("imagesPerSecond", r.imagesPerSecond());
                line.put("trainLoss", r.train().loss());
                line.put("trainDigitAccuracy", r.train().digitAccuracy());
                line.put("trainSumAccuracy", r.train().sumAccuracy());
                line.put("testLoss", r.test().metrics().loss());
                line.put("testDigitLoss", r.test().metrics().digitLoss());
                line.put("testSumLoss", r.test().metrics().sumLoss());
                line.put("testDigitAccuracy", r.test().metrics().digitAccuracy());
                line.put("testSumAccuracy", r.test().metrics().sumAccuracy());
                line.put("evaluated", r.test().evaluated());
                line.put("checkpoint", r.checkpoint().toString());
                if (examples != null) {
                    line.put("examplesDigitAccuracy", examples.metrics().digitAccuracy());
                    line.put("examplesSumAccuracy", examples.metrics().sumAccuracy());
                    line.put("examplesEvaluated", examples.evaluated());
                }
                Json.print(line);
            }
        }
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
