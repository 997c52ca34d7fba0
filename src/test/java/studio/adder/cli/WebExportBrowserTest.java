package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.client.AdderPrediction;
import studio.adder.export.HeadlessChromium;
import studio.adder.predict.PredictionService;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;
import studio.adder.preprocess.Stroke;

/**
 * {@code export --format web}, opened in headless Chromium from {@code file://}: the five samples'
 * answers on the page are {@code predict --json}'s on the same pictures, the page prepares those
 * pictures to the very same 28x28 values as the app, and a drawing reads as the app reads it.
 *
 * <p>{@code scripts/check-web-export.sh} runs this test for any model ({@code -Dadder.web.model})
 * and keeps the page and its screenshot ({@code -Dadder.web.out}, default target/web-export).
 */
@Tag("slow")
class WebExportBrowserTest {

    /** ONNX Runtime Web and MXNet sum in different orders; C's ONNX check holds the ONNX file to 1e-4 too. */
    private static final double PROBABILITY_TOLERANCE = 1e-4;

    @TempDir
    static Path sharedFolder;
    private static Path shippedPage;

    /** Reads every sample's answer and prepared pixels once the page is ready; a failed start throws. */
    private static final String READ_SAMPLES = """
            (async () => {
              await adder.ready;
              const samples = [];
              for (const figure of document.querySelectorAll("figure.sample")) {
                const img = figure.querySelector("img");
                const answer = figure.querySelector(".answer").dataset;
                samples.push({ file: img.dataset.file, png: img.src.split(",")[1], number: +answer.number,
                  digit: +answer.digit, sum: +answer.sum, digitConfidence: +answer.digitConfidence,
                  sumConfidence: +answer.sumConfidence, pixels: Array.from(await adder.prepareImage(img)) });
              }
              return JSON.stringify(samples);
            })()""";

    @Test
    void thePageAnswersItsSamplesAsPredictDoes(@TempDir Path temp) throws Exception {
        Path chromium = chromium();
        Path out = Files.createDirectories(Path.of(System.getProperty("adder.web.out", "target/web-export")));
        Path page = out.resolve("adder-page.html");
        Files.deleteIfExists(page);
        Files.deleteIfExists(out.resolve("adder-page.html.README.txt"));
        List<String> export = new ArrayList<>(List.of("export", "--format", "web", "--out", page.toString()));
        String model = System.getProperty("adder.web.model", "");
        if (!model.isBlank()) {
            export.addAll(List.of("--model", model));
        }
        CliRun.Result exported = CliRun.run(export.toArray(String[]::new));
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("adder.predictImage"), "the JavaScript snippet: " + exported.out());

        JsonArray samples;
        try (HeadlessChromium browser = HeadlessChromium.open(chromium, page.toUri().toString(), 1200, 1000)) {
            samples = JsonParser.parseString(browser.evaluate(READ_SAMPLES, Duration.ofSeconds(120))
                    .get("value").getAsString()).getAsJsonArray();
            Files.write(out.resolve("adder-page.png"), browser.screenshot(true));
        }
        assertEquals(5, samples.size(), "five samples on the page");

        List<String> predict = new ArrayList<>(List.of("predict", "--json", "--number", "3"));
        if (!model.isBlank()) {
            predict.addAll(List.of("--model", model));
        }
        for (JsonElement element : samples) {
            JsonObject sample = element.getAsJsonObject();
            Path picture = temp.resolve(sample.get("file").getAsString());
            Files.write(picture, Base64.getDecoder().decode(sample.get("png").getAsString()));
            predict.add(picture.toString());
            float[] java = MnistPreprocessor.toMnist(GrayImage.read(picture)).orElseThrow();
            assertArrayEquals(java, floats(sample.getAsJsonArray("pixels")), 0f,
                    sample.get("file") + ": the page's preparation gives the app's 28x28 values exactly");
        }
        CliRun.Result predicted = CliRun.run(predict.toArray(String[]::new));
        assertEquals(0, predicted.exitCode(), predicted.err());
        List<JsonObject> answers = predicted.jsonLines();
        for (int i = 0; i < samples.size(); i++) {
            JsonObject shown = samples.get(i).getAsJsonObject();
            JsonObject java = answers.get(i);
            String what = shown.get("file").getAsString() + " (page " + shown + ", predict " + java + ")";
            assertEquals(3, shown.get("number").getAsInt(), what);
            assertEquals(java.get("digit").getAsInt(), shown.get("digit").getAsInt(), what);
            assertEquals(java.get("sum").getAsInt(), shown.get("sum").getAsInt(), what);
            assertEquals(java.get("digitConfidence").getAsDouble(), shown.get("digitConfidence").getAsDouble(),
                    PROBABILITY_TOLERANCE, what);
            assertEquals(java.get("sumConfidence").getAsDouble(), shown.get("sumConfidence").getAsDouble(),
                    PROBABILITY_TOLERANCE, what);
        }
    }

    @Test
    void aDrawingReadsAsInTheApp() throws Exception {
        Path chromium = chromium();
        Path page = shippedPage();
        // A seven, a zero as a closed loop of points, and a four in two strokes, on the app's 280 x 280 pad.
        List<List<Stroke>> drawings = List.of(
                List.of(Stroke.of(20, 70, 60, 210, 60, 120, 230)),
                List.of(Stroke.of(20, circle(140, 140, 60, 90, 24))),
                List.of(Stroke.of(20, 180, 40, 70, 170, 210, 170), Stroke.of(20, 170, 90, 170, 250)));
        try (PredictionService service = new PredictionService();
                HeadlessChromium browser = HeadlessChromium.open(chromium, page.toUri().toString(), 1000, 800)) {
            service.useShipped();
            browser.evaluate("adder.ready", Duration.ofSeconds(120));
            for (List<Stroke> drawing : drawings) {
                float[] app = MnistPreprocessor.toMnist(drawing, 280, 280).orElseThrow();
                JsonObject read = JsonParser.parseString(browser.evaluate("(async () => {"
                        + " const pixels = adder.prepareStrokes(" + strokesJson(drawing) + ");"
                        + " const answer = await adder.predictPixels(pixels, 3);"
                        + " return JSON.stringify({ pixels: Array.from(pixels), digit: answer.digit, sum: answer.sum });"
                        + " })()", Duration.ofSeconds(30)).get("value").getAsString()).getAsJsonObject();
                float[] browserPixels = floats(read.getAsJsonArray("pixels"));
                // Java2D and Skia anti-alias the pad a little differently, so the centre of mass may round to the
                // next pixel and a centre line may move by a cell; aligned by up to a pixel, little ink differs (0.15 at
                // most for these three in Chromium 156).
                double differs = differingInk(app, browserPixels);
                assertTrue(differs < 0.3, "share of ink that differs, aligned: " + differs);
                AdderPrediction answer = service.predict(app, 3).prediction();
                assertEquals(answer.digit(), read.get("digit").getAsInt(), "the digit the app reads");
                assertEquals(answer.sum(), read.get("sum").getAsInt(), "the sum the app reads");
            }
        }
    }

    @Test
    void aDigitDrawnWithTheMouseOrAFingerIsAnswered() throws Exception {
        Path chromium = chromium();
        Path page = shippedPage();
        try (PredictionService service = new PredictionService();
                HeadlessChromium browser = HeadlessChromium.open(chromium, page.toUri().toString(), 1200, 1000)) {
            service.useShipped();
            browser.evaluate("adder.ready", Duration.ofSeconds(120));
            JsonObject pad = JsonParser.parseString(browser.evaluate("JSON.stringify(document.getElementById('pad')"
                    + ".getBoundingClientRect())", Duration.ofSeconds(10)).get("value").getAsString()).getAsJsonObject();
            double left = pad.get("left").getAsDouble();
            double top = pad.get("top").getAsDouble();
            double side = pad.get("width").getAsDouble();
            // A seven with the mouse, then (after Clear) a one with a finger, in tenths of the pad.
            browser.mouseDrag(path(left, top, side, 2.5, 2.2, 4, 2.2, 5.5, 2.1, 7.5, 2.2, 6.5, 4.5, 5.5, 6.5, 4.6, 8.3));
            assertDrawingAnsweredAsTheAppDoes(browser, service, "mouse");
            Path out = Files.createDirectories(Path.of(System.getProperty("adder.web.out", "target/web-export")));
            Files.write(out.resolve("adder-page-drawn.png"), browser.screenshot(false));
            browser.evaluate("document.getElementById('clear').click()", Duration.ofSeconds(10));
            browser.touchDrag(path(left, top, side, 5.2, 1.8, 5.1, 3.5, 5, 5.5, 4.9, 7.5, 4.9, 8.4));
            assertDrawingAnsweredAsTheAppDoes(browser, service, "touch");
        }
    }

    private static void assertDrawingAnsweredAsTheAppDoes(HeadlessChromium browser, PredictionService service,
            String input) throws Exception {
        JsonObject shown = JsonParser.parseString(browser.evaluate("adder.settled().then(() => JSON.stringify({"
                + " answer: { ...document.getElementById('equation').dataset }, strokes: adder.strokes() }))",
                Duration.ofSeconds(30)).get("value").getAsString()).getAsJsonObject();
        JsonObject answer = shown.getAsJsonObject("answer");
        assertEquals("drawing", answer.get("source").getAsString(), input + ": the answer is the drawing's");
        List<Stroke> strokes = new ArrayList<>();
        for (JsonElement element : shown.getAsJsonArray("strokes")) {
            JsonObject stroke = element.getAsJsonObject();
            List<Double> coordinates = new ArrayList<>();
            stroke.getAsJsonArray("points").forEach(point -> point.getAsJsonArray()
                    .forEach(value -> coordinates.add(value.getAsDouble())));
            strokes.add(Stroke.of(stroke.get("width").getAsFloat(),
                    coordinates.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        assertEquals(1, strokes.size(), input + ": one stroke recorded " + shown);
        assertTrue(strokes.get(0).points().size() >= 5, input + ": the pen's path recorded " + shown);
        AdderPrediction app = service.predict(MnistPreprocessor.toMnist(strokes, 280, 280).orElseThrow(), 3)
                .prediction();
        assertEquals(app.digit(), answer.get("digit").getAsInt(), input + ": the digit the app reads");
        assertEquals(app.sum(), answer.get("sum").getAsInt(), input + ": the sum the app reads");
    }

    /** Points given in tenths of the pad's side, as page coordinates. */
    private static List<double[]> path(double left, double top, double side, double... tenths) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < tenths.length; i += 2) {
            points.add(new double[] {left + side * tenths[i] / 10, top + side * tenths[i + 1] / 10});
        }
        return points;
    }

    /** The share of ink that differs between two 28x28 images, at the best shift of up to one pixel. */
    private static double differingInk(float[] expected, float[] actual) {
        double ink = 0;
        for (float value : expected) {
            ink += value;
        }
        double best = Double.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                double difference = 0;
                for (int y = 0; y < 28; y++) {
                    for (int x = 0; x < 28; x++) {
                        int sx = x + dx;
                        int sy = y + dy;
                        float shifted = sx < 0 || sy < 0 || sx >= 28 || sy >= 28 ? 0 : actual[sy * 28 + sx];
                        difference += Math.abs(expected[y * 28 + x] - shifted);
                    }
                }
                best = Math.min(best, difference);
            }
        }
        return best / ink;
    }

    /** The shipped model's page, exported once for the drawing tests. */
    private static synchronized Path shippedPage() {
        if (shippedPage == null) {
            Path page = sharedFolder.resolve("shipped.html");
            CliRun.Result exported = CliRun.run("export", "--format", "web", "--out", page.toString());
            assertEquals(0, exported.exitCode(), exported.err());
            shippedPage = page;
        }
        return shippedPage;
    }

    private static Path chromium() {
        Optional<Path> binary = HeadlessChromium.binary();
        assumeTrue(binary.isPresent(), "no Chromium at /usr/bin/chromium (apt-get install chromium) or $CHROMIUM");
        return binary.get();
    }

    private static double[] circle(double cx, double cy, double rx, double ry, int steps) {
        double[] points = new double[2 * (steps + 1)];
        for (int i = 0; i <= steps; i++) {
            points[2 * i] = cx + rx * Math.sin(2 * Math.PI * i / steps);
            points[2 * i + 1] = cy - ry * Math.cos(2 * Math.PI * i / steps);
        }
        return points;
    }

    private static String strokesJson(List<Stroke> strokes) {
        JsonArray all = new JsonArray();
        for (Stroke stroke : strokes) {
            JsonObject json = new JsonObject();
            json.addProperty("width", stroke.width());
            JsonArray points = new JsonArray();
            stroke.points().forEach(p -> {
                JsonArray point = new JsonArray();
                point.add(p.x());
                point.add(p.y());
                points.add(point);
            });
            json.add("points", points);
            all.add(json);
        }
        return all.toString();
    }

    private static float[] floats(JsonArray values) {
        float[] floats = new float[values.size()];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = values.get(i).getAsFloat();
        }
        return floats;
    }
}
