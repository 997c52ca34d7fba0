package studio.adder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.adder.data.MnistData;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineSetup;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;
import studio.adder.mydigits.ExampleFolder;
import studio.adder.mydigits.ExampleSet;
import studio.adder.train.Evaluation;
import studio.adder.train.TestSets;

/**
 * {@code evaluate}: scores a model on the MNIST test set (every test image, fixed numbers), or on a
 * labelled folder of the user's own examples.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a model on the MNIST test set, or on a labelled folder with --extra-data;"
                + " --json prints one JSON object to stdout.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "DIR|ZIP", description = "Model folder or archive (default: the shipped model).")
    Path model;

    @Option(names = "--limit", description = "Score only the first N test images (default: all).")
    int limit;

    @Option(names = "--extra-data", paramLabel = "DIR", description = "Score on this labelled folder instead of"
            + " MNIST: a subfolder per digit (0-9) holding pictures, as my-digits and ImageFolder use.")
    Path extraData;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Mixin DataOptions data;

    @Override
    public Integer call() {
        ExampleSet examples = extraData == null ? null : ExampleFolder.read(extraData);
        MnistData test = examples != null ? examples.data() : data.load(MnistSplit.TEST);
        EngineSetup.EngineInfo engine = EngineSetup.start();
        try (LoadedModel loaded = ModelLibrary.load(model, engine.device())) {
            long start = System.nanoTime();
            Evaluation result = TestSets.evaluate(loaded, test, limit);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("model", model == null ? "shipped:" + loaded.card().name() : loaded.source().toString());
            line.put("architecture", loaded.card().architecture());
            line.put("engine", engine.engineName() + " " + engine.engineVersion());
            line.put("data", examples == null ? "mnist-test" : examples.source().toString());
            if (examples != null) {
                line.put("examplesPerDigit", examples.countsByDigit());
            }
            line.put("evaluated", result.evaluated());
            line.put("digitAccuracy", result.metrics().digitAccuracy());
            line.put("sumAccuracy", result.metrics().sumAccuracy());
            line.put("loss", result.metrics().loss());
            line.put("digitLoss", result.metrics().digitLoss());
            line.put("sumLoss", result.metrics().sumLoss());
            line.put("seconds", seconds);
            if (json) {
                Json.print(line);
            } else {
                System.out.printf(Locale.ROOT, "%s (%s): digit %.2f%%, sum %.2f%%, loss %.4f on %,d %s%n",
                        line.get("model"), loaded.card().architecture(), 100 * result.metrics().digitAccuracy(),
                        100 * result.metrics().sumAccuracy(), result.metrics().loss(), result.evaluated(),
                        examples == null ? "test images" : "examples in " + examples.source());
            }
        }
        return 0;
    }
}
