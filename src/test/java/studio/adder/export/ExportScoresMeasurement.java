package studio.adder.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.data.AdderDataset;
import studio.adder.data.MnistData;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineSetup;
import studio.adder.export.onnx.OnnxRuntimeRun;
import studio.adder.export.pytorch.DebianTorch;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelFolder;
import studio.adder.model.ModelLibrary;
import studio.adder.train.Evaluation;
import studio.adder.train.RunControl;
import studio.adder.train.RunListener;
import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;
import studio.adder.train.TestSets;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingService;

/**
 * Not a regression test: the done-when measurement of the ONNX and PyTorch exports. For the shipped
 * model and a freshly trained seed model, scores the whole MNIST test set (the pairs
 * {@code evaluate} uses) in DJL, in ONNX Runtime and in Debian's PyTorch, and requires the same
 * accuracies to 0.01 point. Needs full MNIST in ~/.adder-studio/mnist. Run with
 * {@code ./mvnw -B -ntp test -Dtest=ExportScoresMeasurement -Dadder.measure=true -Dadder.pytorch.pass.skip=true};
 * the table goes to target/export-scores.md.
 */
@EnabledIfSystemProperty(named = "adder.measure", matches = "true")
@Tag("measure")
class ExportScoresMeasurement {

    private static final MnistFolder FULL =
            new MnistFolder(Path.of(System.getProperty("user.home"), ".adder-studio", "mnist"));
    /** Training images for the fresh seed model: one whole epoch, the notebook's first (about 95 % digits). */
    private static final int SEED_IMAGES = Integer.getInteger("adder.measure.images", 60_000);
    private static final int BATCH = 500;

    @Test
    void onnxAndPyTorchExportsScoreTheTestSetAsEvaluateDoes(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isRegularFile(FULL.path().resolve("t10k-images-idx3-ubyte")), "needs full MNIST: fetch-mnist");
        EngineSetup.start();
        MnistData test = FULL.load(MnistSplit.TEST);
        MnistData train = FULL.load(MnistSplit.TRAIN);

        Path seed = temp.resolve("fresh-seed");
        long start = System.nanoTime();
        RunOutcome outcome = new TrainingService().train(RunRequest.of(TrainingConfig.defaultsFor(ArchitectureId.SEED)
                .withEpochs(1).withTrainingLimit(SEED_IMAGES), train, test, seed, new RunListener() { }, new RunControl()));
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        double trainSeconds = (System.nanoTime() - start) / 1e9;

        List<String> rows = new ArrayList<>();
        rows.add(score("shipped compact-mnist", ModelLibrary.shippedModelFolder(), test, temp));
        rows.add(score(String.format(Locale.ROOT, "fresh seed (1 epoch, %,d images, %.0f s)", SEED_IMAGES,
                trainSeconds), seed, test, temp));
        String table = "Measured " + Instant.now() + " with `./mvnw -B -ntp test -Dtest=ExportScoresMeasurement"
                + " -Dadder.measure=true -Dadder.pytorch.pass.skip=true`, engine " + EngineSetup.engine() + ".\n\n"
                + "| model | DJL (`evaluate`) digit / sum | ONNX Runtime digit / sum | PyTorch digit / sum |\n"
                + "|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        Files.writeString(Path.of("target", "export-scores.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    private static String score(String label, Path folder, MnistData test, Path temp) throws Exception {
        Evaluation djl;
        try (LoadedModel loaded = ModelFolder.load(folder, Device.cpu())) {
            djl = TestSets.evaluate(loaded, test, 0);
        }
        AdderDataset pairs = TestSets.of(test, 0);
        int n = test.size();
        float[] images = new float[n * 784];
        float[] numbers = new float[n * 10];
        int[] labels = new int[2 * n];
        for (int i = 0; i < n; i++) {
            pairs.copyRawImage(i, images, i * 784);
            AdderDataset.normalise(images, i * 784);
            numbers[i * 10 + pairs.number(i)] = 1f;
            labels[i] = pairs.digit(i);
            labels[n + i] = pairs.digit(i) + pairs.number(i);
        }

        Path work = Files.createDirectories(temp.resolve("work-" + folder.getFileName()));
        double[] onnx = onnxAccuracies(ModelExports.export(folder, ExportFormat.ONNX, work.resolve("m")).written(),
                images, numbers, labels);
        Path torchFolder = ModelExports.export(folder, ExportFormat.PYTORCH, work.resolve("pt")).written();
        DebianTorch.assumeAvailable();
        String json = DebianTorch.run(torchFolder, images, numbers, labels, "--score", work);
        double torchDigit = field(json, "digitAccuracy");
        double torchSum = field(json, "sumAccuracy");

        double digit = djl.metrics().digitAccuracy();
        double sum = djl.metrics().sumAccuracy();
        assertEquals(n, djl.evaluated());
        for (double[] other : List.of(onnx, new double[] {torchDigit, torchSum})) {
            assertEquals(digit, other[0], 1e-4, label + ": digit accuracy to 0.01 point");
            assertEquals(sum, other[1], 1e-4, label + ": sum accuracy to 0.01 point");
        }
        return String.format(Locale.ROOT, "| %s | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f |", label,
                100 * digit, 100 * sum, 100 * onnx[0], 100 * onnx[1], 100 * torchDigit, 100 * torchSum);
    }

    private static double[] onnxAccuracies(Path model, float[] images, float[] numbers, int[] labels) throws Exception {
        int n = numbers.length / 10;
        int digitsRight = 0;
        int sumsRight = 0;
        try (OnnxRuntimeRun run = new OnnxRuntimeRun(model)) {
            for (int from = 0; from < n; from += BATCH) {
                int to = Math.min(n, from + BATCH);
                float[] batchImages = new float[(to - from) * 784];
                float[] batchNumbers = new float[(to - from) * 10];
                System.arraycopy(images, from * 784, batchImages, 0, batchImages.length);
                System.arraycopy(numbers, from * 10, batchNumbers, 0, batchNumbers.length);
                float[][][] answers = run.run(batchImages, batchNumbers);
                for (int i = from; i < to; i++) {
                    digitsRight += argmax(answers[0][i - from]) == labels[i] ? 1 : 0;
                    sumsRight += argmax(answers[1][i - from]) == labels[n + i] ? 1 : 0;
                }
            }
        }
        return new double[] {digitsRight / (double) n, sumsRight / (double) n};
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }

    private static double field(String json, String name) {
        String line = json.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        return JsonParser.parseString(line).getAsJsonObject().get(name).getAsDouble();
    }
}
