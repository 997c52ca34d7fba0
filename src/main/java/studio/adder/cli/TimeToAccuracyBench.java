package studio.adder.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.adder.bench.MatMulCeiling;
import studio.adder.bench.MultiplyAccumulates;
import studio.adder.bench.TimeToAccuracy;
import studio.adder.bench.TimeToAccuracy.Run;
import studio.adder.data.MnistData;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;
import studio.adder.train.TrainingConfig;

/**
 * {@code bench --time-to-accuracy}: how long the default recipe takes to reach its accuracy target
 * on the full test set ({@link TimeToAccuracy}), against the time its arithmetic alone would take
 * at the engine's matrix-multiply ceiling (its fastest kernel, {@link MatMulCeiling}), both
 * measured in this process.
 *
 * <p>The floor counts every training image's and every test image's multiply-accumulates up to
 * the epoch that met the target; data preparation, batch norm, activations, the optimiser and
 * the checkpoints cost time but no counted arithmetic, so a ratio of 1 is out of reach.
 */
final class TimeToAccuracyBench {

    private static final double DIGIT_TARGET = TimeToAccuracy.DIGIT_TARGET;
    private static final double SUM_TARGET = TimeToAccuracy.SUM_TARGET;

    private static final int CEILING_SIZE = 1024;
    private static final int CEILING_REPEATS = 10;

    private TimeToAccuracyBench() {}

    /** Runs the default recipe {@code repeats} times and prints medians (JSON or text). */
    static int run(DataOptions data, int repeats, boolean json) throws IOException {
        MnistData train = data.load(MnistSplit.TRAIN);
        MnistData test = data.load(MnistSplit.TEST);
        EngineSetup.EngineInfo engine = EngineSetup.start();
        String loadBefore = loadAverage();
        ArchitectureId architecture = ArchitectureId.DEFAULT;
        TrainingConfig config = TrainingConfig.defaultsFor(architecture);
        MultiplyAccumulates arithmetic = TimeToAccuracy.arithmetic(architecture);
        MatMulCeiling.Result before = MatMulCeiling.measure(CEILING_SIZE, CEILING_REPEATS);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Run run = measureOnce(config, train, test, arithmetic);
            runs.add(run);
            System.err.printf(Locale.ROOT, "run %d: %s after %.1f s (%.1f CPU s), epoch %d: digit %.2f %%, sum %.2f %%;"
                    + " epochs at %s images/s%n", i + 1, run.met() ? "target met" : "target NOT met",
                    run.secondsToTarget(), run.cpuSecondsToTarget(), run.targetEpoch(), 100 * run.digitAccuracy(),
                    100 * run.sumAccuracy(), run.epochImagesPerSecond().stream()
                            .map(r -> String.format(Locale.ROOT, "%.0f", r)).toList());
        }
        MatMulCeiling.Result after = MatMulCeiling.measure(CEILING_SIZE, CEILING_REPEATS);
        MatMulCeiling.Result ceiling = before.bestGflops() >= after.bestGflops() ? before : after;
        double ceilingGflops = ceiling.bestGflops();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("engine", engine.summary());
        result.put("engineType", EngineSetup.mxnetEngineType());
        // The JIT setting moves the first epoch by seconds (docs/benchmarks.md), so the JSON says which ran.
        result.put("jvmOptions", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xmx")).toList());
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
        result.put("ceilingKernel", ceiling.kernel());
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
            System.out.printf(Locale.ROOT, "%s to %.1f %% / %.1f %%: %.1f s (median of %d), floor %.1f s at %.0f GFLOP/s"
                    + " (%s), ratio %.2f%n", architecture.id(), 100 * DIGIT_TARGET, 100 * SUM_TARGET,
                    result.get("secondsToTarget"), repeats, result.get("floorSeconds"), ceilingGflops,
                    ceiling.kernel(), result.get("ratio"));
        }
        return runs.stream().allMatch(Run::met) ? 0 : 1;
    }

    private static Run measureOnce(TrainingConfig config, MnistData train, MnistData test,
            MultiplyAccumulates arithmetic) throws IOException {
        try {
            return TimeToAccuracy.measure(config, train, test, arithmetic);
        } catch (IllegalStateException e) {
            throw new CliException(e.getMessage());
        }
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
}
