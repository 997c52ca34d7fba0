package studio.adder.cli;

import com.google.gson.Gson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import studio.adder.bench.MatMulCeiling;
import studio.adder.bench.TrainingProfile;
import studio.adder.bench.TrainingProfile.Phase;
import studio.adder.bench.TrainingThroughput;
import studio.adder.data.MnistData;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;

/**
 * {@code bench --profile}: each architecture's epoch split into data preparation, forward,
 * backward, metrics, optimizer step and evaluation, and its arithmetic rate against the
 * engine's matrix-multiply ceiling.
 *
 * <p>The phases are timed in a child process running MXNet's synchronous {@code NaiveEngine}
 * (see {@link TrainingProfile}); this process, on the app's own engine type (NaiveEngine too on one
 * device, unless {@code MXNET_ENGINE_TYPE} says otherwise), times regular training beside it.
 */
final class ProfileBench {

    /** MXNet reads its engine type from this variable when its library loads. */
    static final String ENGINE_TYPE_VARIABLE = "MXNET_ENGINE_TYPE";
    static final String SYNCHRONOUS_ENGINE = "NaiveEngine";

    private static final int CEILING_SIZE = 1024;
    private static final int CEILING_REPEATS = 10;
    private static final Gson GSON = new Gson();

    private ProfileBench() {}

    /** What the child process measures and hands back as one JSON line. */
    record ChildReport(MatMulCeiling.Result ceiling, List<TrainingProfile.Result> profiles) {}

    /** True in the child process, which must measure rather than orchestrate. */
    static boolean isChild() {
        return SYNCHRONOUS_ENGINE.equals(System.getenv(ENGINE_TYPE_VARIABLE));
    }

    /** Child: profiles each architecture, measures the ceiling, prints one JSON line. */
    static int measureInChild(List<ArchitectureId> architectures, DataOptions data, int batches) {
        MnistData train = data.load(MnistSplit.TRAIN);
        MnistData test = data.load(MnistSplit.TEST);
        EngineSetup.EngineInfo engine = EngineSetup.start();
        List<TrainingProfile.Result> profiles = new ArrayList<>();
        for (ArchitectureId architecture : architectures) {
            profiles.add(TrainingProfile.measure(architecture, train, test, engine.device(), 5, batches));
        }
        MatMulCeiling.Result ceiling = MatMulCeiling.measure(CEILING_SIZE, CEILING_REPEATS);
        System.out.println(GSON.toJson(new ChildReport(ceiling, profiles)));
        return 0;
    }

    /** Parent: times regular training, runs the child, prints the table (or JSON). */
    static int run(List<ArchitectureId> architectures, DataOptions data, int batches, boolean json)
            throws IOException, InterruptedException {
        MnistData train = data.load(MnistSplit.TRAIN);
        EngineSetup.EngineInfo engine = EngineSetup.start();
        Map<ArchitectureId, Double> regular = new LinkedHashMap<>();
        for (ArchitectureId architecture : architectures) {
            regular.put(architecture, TrainingThroughput.measure(architecture, train, engine.device(), 5, batches));
        }
        ChildReport report = runChild(architectures, data.folder().path(), batches);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("engine", engine.summary());
            result.put("matMulCeiling", report.ceiling());
            result.put("profiles", report.profiles());
            result.put("regularTrainImagesPerSecond", regular);
            Json.print(result);
        } else {
            System.out.print(table(report, regular, engine.summary()));
        }
        return 0;
    }

    private static ChildReport runChild(List<ArchitectureId> architectures, Path dataFolder, int batches)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "studio.adder.Main", "bench", "--profile", "--data-dir", dataFolder.toString(),
                "--batches", Integer.toString(batches), "--arch",
                String.join(",", architectures.stream().map(ArchitectureId::id).toList())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(ENGINE_TYPE_VARIABLE, SYNCHRONOUS_ENGINE);
        Process process = builder.start();
        String line;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        int exit = process.waitFor();
        if (line == null || exit != 0) {
            throw new CliException("The profiling process failed (exit code " + exit + "); see the messages above.");
        }
        return GSON.fromJson(line, ChildReport.class);
    }

    /** A Markdown table: one column per architecture, seconds and share of one epoch per phase. */
    static String table(ChildReport report, Map<ArchitectureId, Double> regular, String engine) {
        StringBuilder text = new StringBuilder();
        List<TrainingProfile.Result> profiles = report.profiles();
        text.append("| phase, seconds per epoch (share) |");
        profiles.forEach(p -> text.append(String.format(Locale.ROOT, " %s (batch %d) |",
                p.architecture().id(), p.batchSize())));
        text.append("\n|---|").append("---|".repeat(profiles.size())).append('\n');
        for (Phase phase : Phase.values()) {
            text.append("| ").append(phase.label()).append(" |");
            profiles.forEach(p -> text.append(String.format(Locale.ROOT, " %.2f s (%.1f %%) |",
                    p.secondsPerEpoch().get(phase), 100 * p.share(phase))));
            text.append('\n');
        }
        row(text, "whole epoch, synchronous engine", profiles, p -> String.format(Locale.ROOT, "%.1f s (%,d + %,d test images)",
                p.epochSeconds(), p.trainingImagesPerEpoch(), p.testImages()));
        row(text, "batch preparation work (prefetched off the engine thread)", profiles,
                p -> String.format(Locale.ROOT, "%.2f ms per batch", p.preparationMillisPerBatch()));
        row(text, "training arithmetic per image", profiles,
                p -> String.format(Locale.ROOT, "%.1f MFLOP", p.trainingFlopsPerImage() / 1e6));
        double ceiling = report.ceiling().bestGflops();
        row(text, "GFLOP/s in forward, backward and test pass", profiles, p -> String.format(Locale.ROOT,
                "%.1f (%.0f %% of the ceiling)", p.computeGflops(), 100 * p.computeGflops() / ceiling));
        row(text, "GFLOP/s over the whole epoch", profiles, p -> String.format(Locale.ROOT,
                "%.1f (%.0f %% of the ceiling)", p.epochGflops(), 100 * p.epochGflops() / ceiling));
        row(text, "regular training, " + (EngineSetup.mxnetEngineType().isEmpty() ? "this engine" : EngineSetup.mxnetEngineType()), profiles, p -> String.format(Locale.ROOT,
                "%,.0f images/s", regular.getOrDefault(p.architecture(), Double.NaN)));
        String kernels = report.ceiling().kernels().stream().map(k -> String.format(Locale.ROOT, "%s %.1f",
                k.name(), k.bestGflops())).collect(Collectors.joining(", "));
        text.append(String.format(Locale.ROOT,
                "%nCeiling: the engine's fastest product of two %dx%d float32 matrices, best of %d (%s): %.1f GFLOP/s"
                        + " by %s (median %.1f). %s.%n",
                report.ceiling().size(), report.ceiling().size(), CEILING_REPEATS, kernels, ceiling,
                report.ceiling().kernel(), report.ceiling().medianGflops(), engine));
        return text.toString();
    }

    private static void row(StringBuilder text, String name, List<TrainingProfile.Result> profiles,
            Function<TrainingProfile.Result, String> cell) {
        text.append("| ").append(name).append(" |");
        profiles.forEach(p -> text.append(' ').append(cell.apply(p)).append(" |"));
        text.append('\n');
    }
}
