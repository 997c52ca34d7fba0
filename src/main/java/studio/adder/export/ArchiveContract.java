package studio.adder.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import studio.adder.client.AdderBlockFactory;
import studio.adder.client.AdderTranslatorFactory;
import studio.adder.client.PredictionFields;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ParamsChecksum;

/**
 * What an exported archive promises, written into its {@code model.json}: the card as the app
 * writes it, the SHA-256 of the parameters file (checked when the archive is opened), and a
 * {@code contract} block saying what goes in, what comes out, how images are prepared and how
 * DJL loads it. The archive's README says the same in words.
 */
final class ArchiveContract {

    /** The preparation the app applies to every drawing and picture, in one sentence. */
    static final String PREPROCESSING = "Any picture (PNG or JPEG, any size, dark ink on light paper or light"
            + " on dark) becomes an MNIST-style 28x28 image: paper colour detected from the border, cropped"
            + " to the ink, strokes thinned to centre lines and redrawn with a 2.5 px pen, longer side"
            + " fitted into 20 px keeping the aspect ratio, centre of mass centred; values 0..1, white ink"
            + " on black (MnistPreprocessor in studio.adder.preprocess). The translator then normalises"
            + " (x - 0.1307) / 0.3081.";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private ArchiveContract() {}

    /** The archive's {@code model.json}: the card plus {@code paramsSha256} and {@code contract}. */
    static String cardJson(ModelCard card, String paramsSha256) {
        JsonObject json = JsonParser.parseString(ModelCards.toJson(card)).getAsJsonObject();
        json.addProperty(ParamsChecksum.FIELD, paramsSha256);
        json.add("contract", contract(card));
        return GSON.toJson(json);
    }

    private static JsonObject contract(ModelCard card) {
        JsonObject contract = new JsonObject();
        JsonObject djl = new JsonObject();
        djl.addProperty("load", "Criteria.builder().setTypes(AdderInput.class, AdderPrediction.class)"
                + ".optModelPath(Paths.get(\"this.zip\")).build().loadModel()");
        djl.addProperty("blockFactory", AdderBlockFactory.class.getName());
        djl.addProperty("translatorFactory", AdderTranslatorFactory.class.getName());
        djl.add("classPath", strings("adder-studio.jar", "ai.djl:api", "ai.djl.mxnet:mxnet-engine",
                "ai.djl.mxnet:mxnet-native-mkl (linux-x86_64)", "com.google.code.gson:gson", "net.java.dev.jna:jna",
                "org.slf4j:slf4j-api"));
        contract.add("djl", djl);

        JsonObject inputs = new JsonObject();
        inputs.addProperty("AdderInput", "pixels: 784 floats 0..1 (28x28, row-major, white ink on black,"
                + " not normalised) and number: 0-9");
        inputs.addProperty("Input", "image: PNG or JPEG bytes (request body, or content/form field 'image',"
                + " 'data' or 'file') and number: 0-9 (query parameter, form field or header 'number')");
        inputs.add("network", strings("image float32 (N,1,28,28), (x/255 - 0.1307) / 0.3081",
                "number float32 (N,10), one-hot"));
        contract.add("inputs", inputs);

        JsonObject outputs = new JsonObject();
        outputs.addProperty("AdderPrediction", "digitProbabilities (10), sumProbabilities (19); digit(), sum()");
        outputs.add("Output", strings(PredictionFields.NAMES.toArray(String[]::new)));
        outputs.addProperty("OutputContentType", "application/json");
        outputs.addProperty("badRequest", "TranslateException with one sentence (DJL Serving: 400)");
        outputs.add("network", strings("digit logits (N,10)", "sum logits (N,19)"));
        contract.add("outputs", outputs);

        contract.addProperty("preprocessing", PREPROCESSING);
        JsonObject figures = new JsonObject();
        for (String key : List.of("evaluated", "digitAccuracy", "sumAccuracy")) {
            Number value = card.test() == null ? null : card.test().get(key);
            if (value != null) {
                figures.addProperty(key, value);
            }
        }
        contract.add("testFigures", figures);
        return contract;
    }

    private static JsonArray strings(String... values) {
        JsonArray array = new JsonArray();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
