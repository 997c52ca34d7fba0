package studio.adder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.engine.EngineSetup;
import studio.adder.predict.DigitPredictor;

class ModelFolderTest {

    private static Path seedModel;
    private static Path compactModel;

    @BeforeAll
    static void trainTwoTinyModels(@TempDir Path temp) {
        EngineSetup.start();
        seedModel = TestData.trainTinyModel(ArchitectureId.SEED, temp.resolve("seed"));
        compactModel = TestData.trainTinyModel(ArchitectureId.COMPACT, temp.resolve("compact"));
    }

    @Test
    void savedModelsLoadWithIdenticalPredictions() {
        List<AdderInput> inputs = TestData.inputs(16);
        try (LoadedModel first = ModelFolder.load(compactModel, Device.cpu());
                LoadedModel second = ModelFolder.load(compactModel, Device.cpu());
                DigitPredictor a = new DigitPredictor(first);
                DigitPredictor b = new DigitPredictor(second)) {
            List<AdderPrediction> left = a.predictAll(inputs);
            List<AdderPrediction> right = b.predictAll(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                assertArrayEquals(left.get(i).digitProbabilities(), right.get(i).digitProbabilities(), 1e-6f);
                assertArrayEquals(left.get(i).sumProbabilities(), right.get(i).sumProbabilities(), 1e-6f);
            }
            assertEquals("compact", first.card().architecture());
            assertTrue(first.card().complete());
            assertEquals(1000, first.card().testFigure("evaluated"), 0);
        }
    }

    @Test
    void aCardNamingAnotherArchitectureIsRefusedClearly(@TempDir Path temp) throws IOException {
        Path mixed = copy(compactModel, temp.resolve("mixed"));
        rewriteCard(mixed, "\"architecture\": \"compact\"", "\"architecture\": \"seed\"");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFolder.load(mixed, Device.cpu()));
        assertTrue(error.getMessage().contains("does not hold valid 'seed' parameters"), error.getMessage());
    }

    @Test
    void anUnknownArchitectureIsRefused(@TempDir Path temp) throws IOException {
        Path other = copy(seedModel, temp.resolve("other"));
        rewriteCard(other, "\"architecture\": \"seed\"", "\"architecture\": \"transformer\"");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFolder.load(other, Device.cpu()));
        assertTrue(error.getMessage().contains("'transformer'"), error.getMessage());
    }

    @Test
    void aNewerCardFormatIsRefused(@TempDir Path temp) throws IOException {
        Path newer = copy(seedModel, temp.resolve("newer"));
        rewriteCard(newer, "\"formatVersion\": 1", "\"formatVersion\": 99");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> ModelFolder.load(newer, Device.cpu()));
        assertTrue(error.getMessage().contains("newer Adder Studio"), error.getMessage());
    }

    @Test
    void corruptCardsAndParamsAreRefused(@TempDir Path temp) throws IOException {
        Path badJson = copy(seedModel, temp.resolve("bad-json"));
        Files.writeString(badJson.resolve("model.json"), "{ not json");
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFolder.load(badJson, Device.cpu()))
                .getMessage().contains("corrupt JSON"));

        Path truncated = copy(seedModel, temp.resolve("truncated"));
        Path params = truncated.resolve(ModelCards.read(truncated).paramsFile());
        byte[] bytes = Files.readAllBytes(params);
        Files.write(params, Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFolder.load(truncated, Device.cpu()))
                .getMessage().contains("corrupt, truncated or from another architecture"));

        assertTrue(assertThrows(ModelLoadException.class, () -> ModelFolder.load(temp.resolve("none"), Device.cpu()))
                .getMessage().contains("is not a folder"));
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void rewriteCard(Path folder, String from, String to) throws IOException {
        Path card = folder.resolve("model.json");
        String json = Files.readString(card, StandardCharsets.UTF_8);
        assertTrue(json.contains(from), "card should contain " + from);
        Files.writeString(card, json.replace(from, to), StandardCharsets.UTF_8);
    }
}
