package studio.adder.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.inference.Predictor;
import ai.djl.modality.Input;
import ai.djl.modality.Output;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.model.ModelLibrary;

/** DJL Serving's pair, {@code Input -> Output}, driven as DJL Serving drives it: requests in, JSON or a sentence out. */
class AdderServingTranslatorTest {

    static ZooModel<Input, Output> model;
    static Predictor<Input, Output> predictor;
    static byte[] seven;

    @BeforeAll
    static void loadTheShippedModel(@TempDir Path temp) throws Exception {
        model = Criteria.builder().setTypes(Input.class, Output.class)
                .optModelPath(ModelLibrary.shippedModelFolder()).build().loadModel();
        predictor = model.newPredictor();
        // MNIST test image 0 is a 7; dark ink on light paper, 200 px, as a phone photo would be.
        seven = Files.readAllBytes(TestData.writeDigit(0, temp.resolve("seven.png"), 200, true));
    }

    @AfterAll
    static void close() {
        predictor.close();
        model.close();
    }

    @Test
    void aRawBodyWithTheNumberAsAHeaderGetsTheJsonOfPredict() throws Exception {
        Input request = new Input();
        request.add("body", seven);
        request.addProperty("Number", "5");
        Output response = predictor.predict(request);
        JsonObject json = JsonParser.parseString(response.getData().getAsString()).getAsJsonObject();
        assertEquals(Set.copyOf(PredictionFields.NAMES), json.keySet());
        assertEquals(7, json.get("digit").getAsInt());
        assertEquals(12, json.get("sum").getAsInt());
        assertEquals(5, json.get("number").getAsInt());
        assertEquals(10, json.getAsJsonArray("digitProbabilities").size());
        assertEquals(19, json.getAsJsonArray("sumProbabilities").size());
        assertTrue(json.get("headsAgree").getAsBoolean());
    }

    @Test
    void aFormWithNamedFieldsIsReadByName() throws Exception {
        Input request = new Input();
        request.add("number", "0");
        request.add("image", seven);
        JsonObject json = JsonParser.parseString(predictor.predict(request).getData().getAsString()).getAsJsonObject();
        assertEquals(7, json.get("sum").getAsInt());
    }

    @Test
    void aBatchAnswersEachRequestWithItsOwnNumber() throws Exception {
        List<Input> requests = new ArrayList<>();
        for (int number = 0; number < 4; number++) {
            Input request = new Input();
            request.add("data", seven);
            request.add("number", Integer.toString(number));
            requests.add(request);
        }
        List<Output> answers = predictor.batchPredict(requests);
        for (int number = 0; number < 4; number++) {
            JsonObject json = JsonParser.parseString(answers.get(number).getData().getAsString()).getAsJsonObject();
            assertEquals(number, json.get("number").getAsInt());
            assertEquals(7 + number, json.get("sum").getAsInt());
        }
    }

    @Test
    void badRequestsAreRefusedWithASentence() throws Exception {
        assertRefused(request(null, "3"), "holds no image");
        assertRefused(request("this is not a picture".getBytes(StandardCharsets.UTF_8), "3"), "not a picture");
        assertRefused(request(blankPng(), "3"), "no ink");
        assertRefused(request(seven, "12"), "from 0 to 9, not '12'");
        assertRefused(request(seven, "three"), "from 0 to 9, not 'three'");
        assertRefused(request(seven, null), "names no number");
        byte[] truncated = Arrays.copyOf(seven, seven.length / 3);
        assertRefused(request(truncated, "3"), "damaged or incomplete");
    }

    private static Input request(byte[] image, String number) {
        Input request = new Input();
        if (number != null) {
            request.add("number", number);
        }
        if (image != null) {
            request.add("data", image);
        }
        return request;
    }

    private static void assertRefused(Input request, String expected) {
        TranslateException error = assertThrows(TranslateException.class, () -> predictor.predict(request));
        // DJL's predictor passes our exception through; DJL Serving sends its message with a 400.
        String message = error.getMessage();
        assertTrue(message.contains(expected), message);
        assertTrue(message.endsWith("."), "a sentence: " + message);
        assertFalse(message.contains("Exception"), "no exception names: " + message);
    }

    private static byte[] blankPng() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        return out.toByteArray();
    }
}
