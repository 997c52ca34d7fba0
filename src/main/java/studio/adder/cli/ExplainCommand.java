package studio.adder.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.client.PredictionFields;
import studio.adder.explain.ExplainPictures;
import studio.adder.explain.Explainer;
import studio.adder.explain.Explanation;
import studio.adder.explain.Head;
import studio.adder.explain.LayerOutput;
import studio.adder.explain.SaliencyMethod;
import studio.adder.predict.PredictionService;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.ImageReadException;
import studio.adder.preprocess.MnistPreprocessor;

/** {@code explain}: what each layer of the model made of one picture, and which pixels decided. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Look inside the model for one image: the 28x28 input, every layer's output (shape, per-channel"
                + " mean and max), the saliency of the predicted digit, and both heads' answers.")
final class ExplainCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "DIR|ZIP", description = "Model folder or archive (default: the shipped model).")
    Path model;

    @Option(names = "--number", required = true, description = "The number 0-9 to add to the digit.")
    int number;

    @Option(names = "--method", paramLabel = "gradient|occlusion", defaultValue = "gradient",
            description = "Saliency method: gradient (gradient x ink) or occlusion (default: ${DEFAULT-VALUE}).")
    SaliencyMethod method;

    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the pictures (input, saliency, each layer) as PNGs.")
    Path out;

    @Parameters(paramLabel = "FILE", description = "An image file (PNG, JPEG, BMP, GIF; any size, either ink polarity).")
    Path file;

    @Override
    public Integer call() {
        if (number < 0 || number > 9) {
            throw new CliException("--number must be between 0 and 9, not " + number + ".");
        }
        Optional<float[]> pixels;
        try {
            pixels = MnistPreprocessor.toMnist(GrayImage.read(file));
        } catch (ImageReadException e) {
            throw new CliException(file + ": " + e.getMessage());
        }
        if (pixels.isEmpty()) {
            throw new CliException(file + ": no ink found: the image looks blank.");
        }
        try (PredictionService service = new PredictionService()) {
            if (model == null) {
                service.useShipped();
            } else {
                service.use(model);
            }
            Explainer explainer = new Explainer(service.activeLoadedModel().orElseThrow().model());
            Explanation explanation = explainer.explain(new AdderInput(pixels.get(), number), Head.DIGIT, method);
            List<Path> pictures = out == null ? List.of() : writePictures(explanation);
            if (json) {
                Json.print(fields(explanation, pictures));
            } else {
                printText(explanation, pictures);
            }
        }
        return 0;
    }

    private List<Path> writePictures(Explanation explanation) {
        try {
            return ExplainPictures.write(explanation, out);
        } catch (IOException e) {
            throw new CliException("Could not write the pictures to " + out + ": " + e.getMessage());
        }
    }

    private Map<String, Object> fields(Explanation explanation, List<Path> pictures) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file.toString());
        fields.put("input", rows(explanation.input()));
        List<Map<String, Object>> layers = new ArrayList<>();
        for (LayerOutput layer : explanation.layers()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", layer.name());
            entry.put("shape", layer.shape());
            entry.put("mean", layer.channelMeans());
            entry.put("max", layer.channelMaxima());
            layers.add(entry);
        }
        fields.put("layers", layers);
        fields.put("saliencyMethod", method.name().toLowerCase(Locale.ROOT));
        fields.put("saliencyDigit", explanation.saliency().target());
        fields.put("saliency", rows(explanation.saliency().map()));
        fields.putAll(PredictionFields.of(explanation.prediction(), number));
        if (!pictures.isEmpty()) {
            fields.put("pictures", pictures.stream().map(Path::toString).toList());
        }
        return fields;
    }

    private void printText(Explanation explanation, List<Path> pictures) {
        AdderPrediction p = explanation.prediction();
        System.out.printf(Locale.ROOT, "%s: digit %d (%.1f%%), %d + %d = %d (%.1f%%)%n", file, p.digit(),
                100 * p.digitConfidence(), p.digit(), number, p.sum(), 100 * p.sumConfidence());
        for (LayerOutput layer : explanation.layers()) {
            float[] maxima = layer.channelMaxima();
            float top = Float.NEGATIVE_INFINITY;
            for (float max : maxima) {
                top = Math.max(top, max);
            }
            System.out.printf(Locale.ROOT, "  %-22s %-10s max %.3f%n", layer.name(), layer.shapeText(), top);
        }
        System.out.printf(Locale.ROOT, "  saliency (%s) of digit %d: %.0f%% of it on the ink%n", method,
                explanation.saliency().target(), 100 * explanation.saliency().massOn(explanation.input(), 0.25f));
        pictures.forEach(picture -> System.out.println("  wrote " + picture));
    }

    private static float[][] rows(float[] pixels) {
        float[][] rows = new float[28][28];
        for (int y = 0; y < 28; y++) {
            System.arraycopy(pixels, y * 28, rows[y], 0, 28);
        }
        return rows;
    }
}
