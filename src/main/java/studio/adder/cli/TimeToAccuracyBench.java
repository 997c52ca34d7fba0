package studio.adder.cli;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import studio.adder.data.MnistData;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineSetup;
import studio.adder.engine.MatMulCeiling;
import studio.adder.model.AdderNetwork;
import studio.adder.model.ArchitectureId;
import studio.adder.model.MultiplyAccumulates;
import studio.adder.train.EpochResult;
import studio.adder.train.RunControl;
import studio.adder.train.RunInfo;
import studio.adder.train.RunOutcome;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingListener;
import studio.adder.train.TrainingService;

/**
 * {@code bench --time-to-accuracy}: how long the default recipe takes to reach its accuracy target
 * on the full test set, against the time its arithmetic alone would take at the engine's
 * matrix-multiply ceiling, both measured in this process.
 *
 * <p>The floor counts every training image's and every test image's multiply-accumulates up to
 * the epoch that met the target; data preparation, batch norm, activations, the optimiser and
 * the checkpoints cost time but no counted arithmetic, so a ratio of 1 is out of reach.
 */
final class TimeToAccuracyBench {

    /** The targets the default recipe is held to: digit and sum accuracy on the full test set. */
    static final double DIGIT_TARGET = 0.994;
    static final double SUM_TARGET = 0.993;

    private static final int CEILING_SIZE = 1024;
    private static final int CEILING_REPEATS = 10;

    private TimeToAccuracyBench() {}

    /** One training run: when (and whether) it met the target and what its arithmetic costs. */
    record Run(int targetEpoch, double secondsToTarget, double cpuSecondsToTarget, double digitAccuracy,
            double sumAccuracy, List<Double> epochImagesPerSecond, List<Double> epochSeconds, double teraFlops) {

        boolean met() {
            return targetEpoch > 0;
        }
    }

    /** Runs the default recipe {@code repeats} times and prints medians (JSON or text). */
    static int run(DataOptions data, int repeats, boolean json) throws IOException {
        MnistData train = data.load(MnistSplit.TRAIN);
        MnistData test = data.load(MnistSplit.TEST);
        EngineSetup.EngineInfo engine = EngineSetup.start();
        String loadBefore = loadAverage();
        ArchitectureId architecture = ArchitectureId.DEFAULT;
        TrainingConfig config = TrainingConfig.defaultsFor(architecture);
        MultiplyAccumulates arithmetic = arithmetic(architecture);
        MatMulCeiling.Result before = MatMulCeiling.measure(CEILING_SIZE, CEILING_REPEATS);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Run run = trainOnce(config, train, test, arithmetic);
            runs.add(run);
            System.err.printf(Locale.ROOT, "run %d: %s after %.1f s (%.1f CPU s), epoch %d: digit %.2f %%, sum %.2f %%;"
                    + " epochs at %s images/s%n", i + 1, run.met() ? "target met" : "target NOT met",
                    run.secondsToTarget(), run.cpuSecondsToTarget(), run.targetEpoch(), 100 * run.digitAccuracy(),
                    100 * run.sumAccuracy(), run.epochImagesPerSecond().stream()
                            .map(r -> String.format(Locale.ROOT, "%.0f", r)).toList());
        }
        MatMulCeiling.Result after = MatMulCeiling.measure(CEILING_SIZE, CEILING_REPEATS);
        double ceilingGflops = Math.max(before.bestGflops(), after.bestGflops());

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("engine", engine.summary());
        result.put("engineType", EngineSetup.mxnetEngineType());
        result.put("architecture", architecture.id());
        result.put("recipe", String.format(Locale.ROOT, "%d epochs, batch %d, %s peak %s, %s, seed %d",
                config.epochs(), config.batchSize(), config.optimizer(), config.learningRate(), config.schedule(),
                config.seed()));
        result.put("target", Map.of("digitAccuracy", DIGIT_TARGET, "sumAccuracy", SUM_TARGET));
        result.put("targetMet", runs.stream().allMatch(Run::met));
        result.put("targetEpoch", median(runs.stream().mapToDouble(Run::targetEpoch).toArray()));
        result.put("secondsToTarget", median(runs.stream().mapToDouble(Run::secondsToTarget).toArray()));
        double[] floors = runs.stream().mapToDouble(run -> run.teraFlops() * 1e3 / ceilingGflops).toArray();
        result.put("floorSeconds", median(floors));
        double[] ratios = new double[runs.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = runs.get(i).secondsToTarget() / floors[i];
        }
        result.put("ratio", median(ratios));
        result.put("cpuSecondsToTarget", median(runs.stream().mapToDouble(Run::cpuSecondsToTarget).toArray()));
        result.put("ceilingGflops", ceilingGflops);
        result.put("ceilingBeforeAfter", List.of(before, after));
        result.put("trainingMflopPerImage", arithmetic.trainingFlopsPerImage() / 1e6);
        result.put("testMflopPerImage", 2.0 * arithmetic.forwardPerImage() / 1e6);
        result.put("ratios", ratios);
        result.put("runs", runs);
        result.put("loadAverageBefore", loadBefore);
        result.put("loadAverageAfter", loadAverage());
        result.put("command", "java -jar target/adder-studio.jar bench --time-to-accuracy --repeats " + repeats
                + " --json");
        if (json) {
            Json.print(result);
        } else {
            System.out.printf(Locale.ROOT, "%s to %.1f %% / %.1f %%: %.1f s (median of %d), floor %.1f s at %.0f GFLOP/s,"
                    + " ratio %.2f%n", architecture.id(), 100 * DIGIT_TARGET, 100 * SUM_TARGET,
                    result.get("secondsToTarget"), repeats, result.get("floorSeconds"), ceilingGflops,
                    result.get("ratio"));
        }
        return runs.stream().allMatch(Run::met) ? 0 : 1;
    }

    private static Run trainOnce(TrainingConfig config, MnistData train, MnistData test,
            MultiplyAccumulates arithmetic) throws IOException {
        Path folder = Files.createTempDirectory("adder-time-to-accuracy");
        try {
            RunControl control = new RunControl();
            TargetWatch watch = new TargetWatch(control, arithmetic);
            RunOutcome outcome = new TrainingService().train(config, train, test, folder, watch, control);
            if (outcome.status() == RunOutcome.Status.FAILED || outcome.status() == RunOutcome.Status.DIVERGED) {
                throw new CliException(outcome.message());
            }
            return watch.run();
        } finally {
            deleteTree(folder);
        }
    }

    /** Notes every epoch and stops the run once both heads reach their targets. */
    private static final class TargetWatch implements TrainingListener {
        private final RunControl control;
        private final MultiplyAccumulates arithmetic;
        private final List<Double> rates = new ArrayList<>();
        private final List<Double> seconds = new ArrayList<>();
        private final long cpuStart = processCpuNanos();
        private RunInfo info;
        private EpochResult last;
        private int targetEpoch;
        private double cpuSeconds;

        TargetWatch(RunControl control, MultiplyAccumulates arithmetic) {
            this.control = control;
            this.arithmetic = arithmetic;
        }

        @Override
        public void onStart(RunInfo value) {
            info = value;
        }

        @Override
        public void onEpoch(EpochResult result) {
            last = result;
            rates.add(result.imagesPerSecond());
            seconds.add(result.elapsedSeconds());
            cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            if (targetEpoch == 0 && result.test().metrics().digitAccuracy() >= DIGIT_TARGET
                    && result.test().metrics().sumAccuracy() >= SUM_TARGET) {
                targetEpoch = result.epoch();
                control.requestStop();
            }
        }

        Run run() {
            if (last == null) {
                throw new CliException("The training run ended before its first epoch.");
            }
            double flops = last.epoch() * (arithmetic.trainingFlopsPerImage() * info.trainingImages()
                    + 2.0 * arithmetic.forwardPerImage() * info.testImages());
            return new Run(targetEpoch, last.elapsedSeconds(), cpuSeconds, last.test().metrics().digitAccuracy(),
                    last.test().metrics().sumAccuracy(), List.copyOf(rates), List.copyOf(seconds), flops / 1e12);
        }
    }

    /** The architecture's multiply-accumulates, counted on a freshly initialised network. */
    private static MultiplyAccumulates arithmetic(ArchitectureId architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block network = architecture.architecture().newNetwork();
            network.initialize(manager, DataType.FLOAT32, AdderNetwork.inputShapes(1));
            return MultiplyAccumulates.of(network);
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The system's load averages (1, 5, 15 minutes), as {@code uptime} shows them; empty off Linux. */
    static String loadAverage() {
        try {
            String line = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim();
            return String.join(" ", Arrays.copyOf(line.split(" "), 3));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
