package studio.adder.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.inference.Predictor;
import ai.djl.modality.Input;
import ai.djl.modality.Output;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderModels;
import studio.adder.client.AdderPrediction;
import studio.adder.client.AdderServingProperties;
import studio.adder.client.AdderTranslator;
import studio.adder.engine.EngineAssumptions;
import studio.adder.model.ModelArchives;
import studio.adder.model.ModelLibrary;
import studio.adder.predict.PredictionService;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;

/**
 * Loads an exported model the way another Java program would: DJL's {@code Criteria} with
 * {@code optModelPath} and nothing else, and checks every answer against the app's own.
 */
class PlainDjlClientTest {

    static Path archive;
    static Path unpacked;
    static PredictionService app;

    @BeforeAll
    static void exportTheShippedModel(@TempDir Path temp) {
        archive = ModelExporter.export(ModelLibrary.shippedModelFolder(), temp.resolve("shipped.zip"));
        unpacked = ModelArchives.unpack(archive);
        app = new PredictionService();
        app.useShipped();
    }

    @Test
    void optModelPathAloneLoadsTheArchiveItsFolderAndABareModelFolder() throws Exception {
        Path bareFolder = ModelLibrary.shippedModelFolder();
        assertFalse(Files.exists(bareFolder.resolve(AdderServingProperties.FILE_NAME)), "a bare checkpoint folder");
        List<AdderInput> inputs = TestData.inputs(10);
        for (Path location : List.of(archive, unpacked, bareFolder)) {
            Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                    .setTypes(AdderInput.class, AdderPrediction.class)
                    .optModelPath(location)
                    .build();
            try (ZooModel<AdderInput, AdderPrediction> model = criteria.loadModel();
                    Predictor<AdderInput, AdderPrediction> predictor = model.newPredictor()) {
                for (AdderInput input : inputs) {
                    assertSameAnswer(app.predict(input.pixels(), input.number()).prediction(), predictor.predict(input),
                            location.toString());
                }
            }
        }
    }

    @Test
    void theServingPairAnswersImageBytesWithTheAppsJson(@TempDir Path temp) throws Exception {
        Criteria<Input, Output> criteria = Criteria.builder()
                .setTypes(Input.class, Output.class)
                .optModelPath(archive)
                .build();
        try (ZooModel<Input, Output> model = criteria.loadModel();
                Predictor<Input, Output> predictor = model.newPredictor()) {
            for (int i = 0; i < 6; i++) {
                Path picture = TestData.writeDigit(i, temp.resolve("digit" + i + (i % 3 == 2 ? ".jpg" : ".png")),
                        56 + 40 * i, i % 2 == 0);
                int number = (3 * i + 1) % 10;
                Input request = new Input();
                request.add("data", Files.readAllBytes(picture));
                request.add("number", Integer.toString(number));
                Output response = predictor.predict(request);

                assertEquals(200, response.getCode());
                assertEquals("application/json", response.getProperty("Content-Type", null));
                JsonObject json = JsonParser.parseString(response.getData().getAsString()).getAsJsonObject();
                float[] pixels = MnistPreprocessor.toMnist(GrayImage.read(picture)).orElseThrow();
                AdderPrediction expected = app.predict(pixels, number).prediction();
                assertEquals(number, json.get("number").getAsInt());
                assertEquals(expected.digit(), json.get("digit").getAsInt(), picture.toString());
                assertEquals(expected.sum(), json.get("sum").getAsInt(), picture.toString());
                assertArrayEquals(expected.digitProbabilities(), floats(json.getAsJsonArray("digitProbabilities")), 1e-5f);
                assertArrayEquals(expected.sumProbabilities(), floats(json.getAsJsonArray("sumProbabilities")), 1e-5f);
            }
        }
    }

    @Test
    void theLongFormStillWorks() throws Exception {
        EngineAssumptions.assumeMxnet();
        Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                .setTypes(AdderInput.class, AdderPrediction.class)
                .optModelPath(archive)
                .optEngine("MXNet")
                .optBlock(AdderModels.newBlock("compact"))
                .optTranslator(new AdderTranslator())
                .build();
        try (ZooModel<AdderInput, AdderPrediction> model = criteria.loadModel();
                Predictor<AdderInput, AdderPrediction> predictor = model.newPredictor()) {
            for (AdderInput input : TestData.inputs(10)) {
                assertSameAnswer(app.predict(input.pixels(), input.number()).prediction(), predictor.predict(input),
                        "long form");
            }
        }
    }

    @Test
    void archivesNamingTheFormerPredictFactoriesStillLoad(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("exported-before-the-move"));
        try (Stream<Path> files = Files.list(unpacked)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Path serving = folder.resolve(AdderServingProperties.FILE_NAME);
        String former = Files.readString(serving).replace("studio.adder.client.", "studio.adder.predict.");
        assertTrue(former.contains("translatorFactory=studio.adder.predict.AdderTranslatorFactory"), former);
        Files.writeString(serving, former);
        Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                .setTypes(AdderInput.class, AdderPrediction.class)
                .optModelPath(folder)
                .build();
        try (ZooModel<AdderInput, AdderPrediction> model = criteria.loadModel();
                Predictor<AdderInput, AdderPrediction> predictor = model.newPredictor()) {
            for (AdderInput input : TestData.inputs(5)) {
                assertSameAnswer(app.predict(input.pixels(), input.number()).prediction(), predictor.predict(input),
                        folder.toString());
            }
        }
    }

    static void assertSameAnswer(AdderPrediction expected, AdderPrediction actual, String where) {
        assertArrayEquals(expected.digitProbabilities(), actual.digitProbabilities(), 1e-5f, where);
        assertArrayEquals(expected.sumProbabilities(), actual.sumProbabilities(), 1e-5f, where);
    }

    static float[] floats(JsonArray array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsFloat();
        }
        return values;
    }
}
