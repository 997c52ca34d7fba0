package studio.adder.cli;

import ai.djl.Device;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.adder.bench.InsideCost;
import studio.adder.bench.TrainingThroughput;
import studio.adder.data.MnistData;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineSetup;
import studio.adder.explain.Explainer;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;
import studio.adder.predict.PredictionService;

/**
 * {@code bench}: training throughput per architecture, batch-1 prediction latency and the time
 * from a cold JVM to the first prediction. Speed targets live here, never in tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training images/s per architecture, predict latency and cold start.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object to stdout.")
    boolean json;

    @Option(names = "--repeats", description = "Timed repetitions per architecture; the median is reported (default: 3).")
    int repeats = 3;

    @Option(names = "--batches", description = "Timed batches per repetition (default: 30).")
    int batches = 30;

    @Option(names = "--predictions", description = "Batch-1 predictions to time (default: 500).")
    int predictions = 500;

    @Option(names = "--arch", split = ",", description = "Architectures to time (default: all).")
    List<String> architectures;

    @Option(names = "--profile", description = "Instead: split each architecture's epoch into data preparation,"
            + " forward, backward, metrics, optimizer step and evaluation, with GFLOP/s against the"
            + " engine's matrix-multiply ceiling (--batches sets the timed batches).")
    boolean profile;

    @Option(names = "--time-to-accuracy", description = "Instead: train the default recipe to its target"
            + " (99.4 %% digits, 99.3 %% sums on the full test set) --repeats times and report the median seconds,"
            + " the floor (its arithmetic at the engine's matrix-multiply ceiling, measured here) and their ratio.")
    boolean timeToAccuracy;

    @Option(names = "--device", paramLabel = "ID", description = "cpu, gpu0, gpu0,gpu1 or gpus (default: every usable GPU, else the CPU).")
    String device;

    @Option(names = "--epoch", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also train one whole epoch per architecture and report its images/s and the rate per window of batches (default: on).")
    boolean epoch;

    @Option(names = "--epoch-limit", paramLabel = "N", description = "Images in the timed epoch (default: all 60,000).")
    int epochLimit;

    @Option(names = "--window", paramLabel = "BATCHES", description = "Batches per window in the whole-epoch figures (default: 100).")
    int window = 100;

    @Option(names = "--soak", paramLabel = "EPOCHS", description = "Instead: train EPOCHS epochs on a subset and"
            + " print resident memory and live NDArrays after each epoch (one JSON object per line with --json).")
    int soakEpochs;

    @Option(names = "--soak-images", description = "Training images per soak epoch (default: 6000).")
    int soakImages = 6000;

    @Option(names = "--inside", paramLabel = "CALLS", description = "Instead: time what the Inside tab costs the"
            + " engine per drawing (the first look, gradient saliency, both, occlusion) over CALLS test images with the"
            + " shipped model; median and p99.")
    int insideCalls;

    @Option(names = "--cold-start-only", hidden = true)
    boolean coldStartChild;

    @Mixin DataOptions data;

    @Override
    public Integer call() throws Exception {
        if (coldStartChild) {
            return coldStartChild();
        }
        if (insideCalls > 0) {
            return insideCost();
        }
        if (soakEpochs > 0) {
            return SoakBench.run(data, soakEpochs, soakImages, json);
        }
        if (timeToAccuracy) {
            return TimeToAccuracyBench.run(data, repeats, json);
        }
        if (profile) {
            return ProfileBench.isChild() ? ProfileBench.measureInChild(selected(), data, batches)
                    : ProfileBench.run(selected(), data, batches, json);
        }
        MnistData train = data.load(MnistSplit.TRAIN);
        MnistData test = data.load(MnistSplit.TEST);
        EngineSetup.EngineInfo engine = EngineSetup.start();
        Device[] devices = device == null ? EngineSetup.defaultTrainingDevices() : EngineSetup.devices(device);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("engine", engine.summary());
        result.put("engineName", engine.engineName());
        result.put("engineVersion", engine.engineVersion());
        result.put("devices", EngineSetup.describe(devices));
        result.put("nativesFolder", engine.nativesFolder());
        Map<String, Object> perArchitecture = new LinkedHashMap<>();
        for (ArchitectureId arch : selected()) {
            double[] runs = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                runs[i] = TrainingThroughput.measure(arch, train, devices[0], 5, batches);
                System.err.printf(Locale.ROOT, "train %s: %.0f images/s%n", arch.id(), runs[i]);
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("trainImagesPerSecond", median(runs));
            figures.put("runs", runs);
            if (epoch) {
                figures.putAll(EpochBench.epoch(arch, train, devices, epochLimit, window));
            }
            if (EpochBench.anyGpu(devices)) {
                figures.put("cpuTrainImagesPerSecond", EpochBench.cpuShortWindow(arch, train, batches));
            }
            perArchitecture.put(arch.id(), figures);
        }
        result.put("architectures", perArchitecture);
        result.put("predictLatencyMs", predictLatency(test));
        result.put("coldStartSeconds", coldStartSeconds());
        result.put("command", "java -jar target/adder-studio.jar bench --json --engine " + EngineSetup.engine().id()
                + (device == null ? "" : " --device " + device) + " --repeats " + repeats + " --batches " + batches
                + (epoch ? (epochLimit > 0 ? " --epoch-limit " + epochLimit : "") : " --no-epoch"));
        if (json) {
            Json.print(result);
        } else {
            System.out.println(result);
        }
        return 0;
    }

    private int insideCost() {
        MnistData test = data.load(MnistSplit.TEST);
        EngineSetup.EngineInfo engine = EngineSetup.start();
        List<Map<String, Object>> parts = new ArrayList<>();
        try (LoadedModel shipped = ModelLibrary.load(null, engine.device())) {
            for (InsideCost.Part part : InsideCost.measure(new Explainer(shipped.model()), test, insideCalls)) {
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("part", part.part());
                figures.put("medianMs", part.medianMillis());
                figures.put("p99Ms", part.p99Millis());
                figures.put("calls", part.calls());
                parts.add(figures);
                if (!json) {
                    System.out.printf(Locale.ROOT, "%-48s median %6.2f ms, p99 %6.2f ms (%d calls)%n", part.part(),
                            part.medianMillis(), part.p99Millis(), part.calls());
                }
            }
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("engine", engine.summary());
            result.put("model", ModelLibrary.SHIPPED_NAME);
            result.put("parts", parts);
            result.put("command", "java -jar target/adder-studio.jar bench --inside " + insideCalls + " --json");
            Json.print(result);
        }
        return 0;
    }

    private List<ArchitectureId> selected() {
        if (architectures == null) {
            return List.of(ArchitectureId.values());
        }
        return architectures.stream().map(ArchitectureId::parse).toList();
    }

    private Map<String, Object> predictLatency(MnistData test) {
        try (PredictionService service = new PredictionService()) {
            service.useShipped();
            float[] pixels = new float[28 * 28];
            double[] millis = new double[predictions];
            for (int i = -50; i < predictions; i++) { // 50 warm-up calls
                test.copyImage(Math.floorMod(i, test.size()), pixels, 0);
                double latency = service.predict(pixels, Math.floorMod(i, 10)).latencyMillis();
                if (i >= 0) {
                    millis[i] = latency;
                }
            }
            Arrays.sort(millis);
            Map<String, Object> latency = new LinkedHashMap<>();
            latency.put("median", percentile(millis, 0.5));
            latency.put("p99", percentile(millis, 0.99));
            latency.put("samples", predictions);
            System.err.printf(Locale.ROOT, "predict: median %.3f ms, p99 %.3f ms%n",
                    latency.get("median"), latency.get("p99"));
            return latency;
        }
    }

    /** Starts a fresh JVM that loads the engine and the shipped model and predicts once. */
    private double coldStartSeconds() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The same JVM options as this one (the packaged app's launcher passes where its natives are),
        // less agents such as a debugger, which would clash with this JVM's.
        List<String> command = new ArrayList<>(List.of(java));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                        && !option.startsWith("-Xrunjdwp"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "studio.adder.Main", "bench",
                "--cold-start-only", "--engine", EngineSetup.engine().id()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String answer;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            answer = out.readLine();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        process.waitFor();
        if (answer == null || !answer.startsWith("predicted")) {
            throw new CliException("The cold-start run did not predict (exit code " + process.exitValue() + ").");
        }
        System.err.printf(Locale.ROOT, "cold start to first prediction: %.2f s%n", seconds);
        return seconds;
    }

    private static int coldStartChild() {
        try (PredictionService service = new PredictionService()) {
            service.useShipped();
            int digit = service.predict(new float[28 * 28], 3).prediction().digit();
            System.out.println("predicted " + digit);
        }
        return 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 0.5);
    }

    private static double percentile(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
