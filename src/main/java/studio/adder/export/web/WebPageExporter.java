package studio.adder.export.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import studio.adder.AppVersion;
import studio.adder.export.ExportFormat;
import studio.adder.export.ExportSource;
import studio.adder.export.FormatExporter;
import studio.adder.export.Readmes;
import studio.adder.export.onnx.OnnxExporter;
import studio.adder.model.ModelCard;

/**
 * {@link ExportFormat#WEB}: one {@code .html} page that runs the model in any current browser,
 * offline and from {@code file://} (see {@link WebPage}), with a README beside it.
 */
public final class WebPageExporter implements FormatExporter {

    /** The README's name beside {@code NAME.html}. */
    static final String README_SUFFIX = ".README.txt";

    @Override
    public ExportFormat format() {
        return ExportFormat.WEB;
    }

    @Override
    public boolean needsWeights() {
        return true;
    }

    @Override
    public void write(ExportSource source, Path staging, String fileName) throws IOException {
        ModelCard card = source.card();
        String html = WebPage.html(OnnxExporter.modelBytes(card, source.weights()), card, AppVersion.get());
        Path page = staging.resolve(fileName);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Files.writeString(staging.resolve(fileName + README_SUFFIX), readme(card, Path.of(fileName), Files.size(page)),
                StandardCharsets.UTF_8);
    }

    @Override
    public String snippet(Path written) {
        return javascript(written);
    }

    /** JavaScript that asks the page's model about one picture, from the page's console or a script in it. */
    public static String javascript(Path page) {
        return """
                // Open %s in a browser; then, in its console (F12) or in a <script> you add to it:
                await adder.ready;
                const picture = document.querySelector("img[data-file='three-pencil.png']"); // or any <img>, <canvas>, Blob
                const answer = await adder.predictImage(picture, 3); // prepared like MNIST, as the app does
                console.log(answer.digit, "+ 3 =", answer.sum, `(${(100 * answer.digitConfidence).toFixed(1)} %% sure)`);
                """.formatted(page.getFileName());
    }

    private static String readme(ModelCard card, Path page, long size) {
        return Readmes.header(card, ExportFormat.WEB) + """
                FILE
                  %s  one web page, %s: the model (ONNX), ONNX Runtime Web %s (MIT License) as
                  single-threaded WebAssembly, and the app's picture preparation in JavaScript. It needs no
                  server and no network: open it by double-click (file://) in Chrome or Edge 91+, Firefox 113+
                  or Safari 16.4+. Draw a digit, pick a number, and both heads answer with bars; five sample
                  digits are answered on load. Copy it to a USB stick, a class's shared drive or a web server
                  as it is.

                """.formatted(page.getFileName(), megabytes(size), WebRuntime.load().version())
                + Readmes.preprocessing().replace("The snippets below take a picture that is already 28x28 MNIST-style.",
                        "The page does this itself, for drawings and for pictures given to adder.predictImage.")
                + """
                JAVASCRIPT (the page's own API: window.adder)
                %s
                  adder.predictPixels(pixels, number) takes 784 values 0..1 (28x28, white ink on black) as they
                  are; adder.prepareImage(picture) gives those values for a picture; each answer has digit, sum,
                  digitConfidence, sumConfidence, digitProbabilities (10) and sumProbabilities (19).
                """.formatted(Readmes.indent(javascript(page)));
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
