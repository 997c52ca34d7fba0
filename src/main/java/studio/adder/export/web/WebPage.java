package studio.adder.export.web;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import studio.adder.model.ModelCard;

/**
 * The one-file web page a model exports to: a drawing pad, a number picker and both heads' answers
 * as bars, computed in the browser by ONNX Runtime Web from an ONNX model carried inside the page,
 * plus five sample digits answered on load. It opens by double-click from {@code file://}, offline.
 *
 * <p>The page prepares drawings and pictures with a JavaScript port of the app's MNIST-style
 * preparation ({@code preprocess.js}), so a drawing reads in the browser as it does in the app.
 */
public final class WebPage {

    /** The number the page starts with, added to the samples and to the drawing. */
    static final int FIRST_NUMBER = 3;

    private WebPage() {}

    /**
     * The page's HTML.
     *
     * @param onnxModel  the model as an ONNX file with inputs {@code image}, {@code number} and outputs
     *                   {@code digit}, {@code sum} (probabilities)
     * @param card       the model's card, for its name and test figures
     * @param appVersion the exporting app's version, named in the page
     */
    public static String html(byte[] onnxModel, ModelCard card, String appVersion) {
        WebRuntime runtime = WebRuntime.load();
        Map<String, String> parts = Map.of(
                "@TITLE@", escapeHtml(card.name()),
                "@APP_VERSION@", escapeHtml(appVersion),
                "@ORT_VERSION@", escapeHtml(runtime.version()),
                "@ORT_SCRIPT@", scriptBody(runtime.script(), "ONNX Runtime Web"),
                "@CONFIG@", config(onnxModel, card, runtime),
                "@PREPROCESS_SCRIPT@", scriptBody(WebRuntime.text("preprocess.js"), "preprocess.js"),
                "@PAGE_SCRIPT@", scriptBody(WebRuntime.text("page.js"), "page.js"));
        String html = WebRuntime.text("page.html");
        // One pass over the template, so that text put in never gets mistaken for a placeholder.
        StringBuilder page = new StringBuilder(html.length() + 4 * onnxModel.length / 3 + runtime.gzippedWasm().length * 4 / 3
                + runtime.script().length() + 65_536);
        int at = 0;
        while (at < html.length()) {
            int next = html.indexOf('@', at);
            int end = next < 0 ? -1 : html.indexOf('@', next + 1);
            String value = end < 0 ? null : parts.get(html.substring(next, end + 1));
            if (value == null) {
                int upTo = next < 0 ? html.length() : next + 1;
                page.append(html, at, upTo);
                at = upTo;
            } else {
                page.append(html, at, next).append(value);
                at = end + 1;
            }
        }
        return page.toString();
    }

    private static String config(byte[] onnxModel, ModelCard card, WebRuntime runtime) {
        Base64.Encoder base64 = Base64.getEncoder();
        JsonObject config = new JsonObject();
        config.addProperty("model", base64.encodeToString(onnxModel));
        config.addProperty("wasm", base64.encodeToString(runtime.gzippedWasm()));
        config.addProperty("wasmFile", runtime.wasmFile());
        config.addProperty("mean", card.input().mean());
        config.addProperty("std", card.input().std());
        config.addProperty("number", FIRST_NUMBER);
        JsonObject about = new JsonObject();
        about.addProperty("name", card.name());
        about.addProperty("summary", summary(card));
        config.add("card", about);
        JsonArray samples = new JsonArray();
        for (SamplePictures.Sample sample : SamplePictures.load()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("file", sample.file());
            entry.addProperty("label", sample.label());
            entry.addProperty("png", base64.encodeToString(sample.png()));
            samples.add(entry);
        }
        config.add("samples", samples);
        // Gson escapes <, > and & as \\u003c and so on, so nothing in the JSON can end the script element.
        return new Gson().toJson(config);
    }

    /** One line about the model: architecture, training and test figures as its card has them. */
    static String summary(ModelCard card) {
        String trained = String.format(Locale.ROOT, "%s: architecture %s (version %d), trained %d epoch%s",
                card.name(), card.architecture(), card.architectureVersion(), card.epochsCompleted(),
                card.epochsCompleted() == 1 ? "" : "s");
        double digit = card.testFigure("digitAccuracy");
        double sum = card.testFigure("sumAccuracy");
        if (Double.isNaN(digit) || Double.isNaN(sum)) {
            return trained + "; not yet measured on the MNIST test set.";
        }
        return trained + String.format(Locale.ROOT, "; on %,d MNIST test images: digit %.2f %%, sum %.2f %%.",
                (long) card.testFigure("evaluated"), 100 * digit, 100 * sum);
    }

    /** A script's text as the body of an inline script element, which must not contain its end tag. */
    static String scriptBody(String script, String name) {
        String lower = script.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(name + " contains </script or <!--, which would break the page");
        }
        return script;
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
