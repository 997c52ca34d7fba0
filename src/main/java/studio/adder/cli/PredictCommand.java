package studio.adder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import studio.adder.client.AdderPrediction;
import studio.adder.client.PredictionFields;
import studio.adder.predict.PredictionService;
import studio.adder.predict.TimedPrediction;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.ImageReadException;
import studio.adder.preprocess.MnistPreprocessor;

/** {@code predict}: reads digit images, prepares them like MNIST and asks both heads. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the digit and digit + number for image files (PNG, JPEG, BMP, GIF; any size, either ink polarity).")
final class PredictCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "DIR|ZIP", description = "Model folder or archive (default: the shipped model).")
    Path model;

    @Option(names = "--number", required = true, description = "The number 0-9 to add to each digit.")
    int number;

    @Option(names = "--json", description = "One JSON object per file on stdout.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Image files.")
    List<Path> files;

    @Override
    public Integer call() {
        if (number < 0 || number > 9) {
            throw new CliException("--number must be between 0 and 9, not " + number + ".");
        }
        int failures = 0;
        try (PredictionService service = new PredictionService()) {
            if (model == null) {
                service.useShipped();
            } else {
                service.use(model);
            }
            for (Path file : files) {
                failures += predictOne(service, file) ? 0 : 1;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private boolean predictOne(PredictionService service, Path file) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file.toString());
        try {
            Optional<float[]> pixels = MnistPreprocessor.toMnist(GrayImage.read(file));
            if (pixels.isEmpty()) {
                return report(line, "no ink found: the image looks blank");
            }
            TimedPrediction timed = service.predict(pixels.get(), number);
            AdderPrediction p = timed.prediction();
            line.putAll(PredictionFields.of(p, number));
            if (json) {
                Json.print(line);
            } else {
                System.out.printf(Locale.ROOT, "%s: digit %d (%.1f%%), %d + %d = %d (%.1f%%)%s%n", file, p.digit(),
                        100 * p.digitConfidence(), p.digit(), number, p.sum(), 100 * p.sumConfidence(),
                        timed.headsAgree() ? "" : "  [sum head disagrees with digit + number]");
            }
            return true;
        } catch (ImageReadException e) {
            return report(line, e.getMessage());
        }
    }

    private boolean report(Map<String, Object> line, String error) {
        line.put("error", error);
        if (json) {
            Json.print(line);
        } else {
            System.err.println(line.get("file") + ": " + error);
        }
        return false;
    }
}
