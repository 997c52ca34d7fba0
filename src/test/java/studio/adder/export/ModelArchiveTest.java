package studio.adder.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.repository.zoo.Criteria;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.client.AdderBlockFactory;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.client.AdderTranslatorFactory;
import studio.adder.client.PredictionFields;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;
import studio.adder.model.ModelLoadException;
import studio.adder.model.ParamsChecksum;
import studio.adder.predict.DigitPredictor;
import studio.adder.train.TrainingConfig;

class ModelArchiveTest {

    static Path model;

    @BeforeAll
    static void trainATinyModel(@TempDir Path temp) {
        EngineSetup.start();
        model = TestData.trainTinyModel(ArchitectureId.DEFAULT, temp.resolve("tiny"));
    }

    @Test
    void exportThenImportGivesIdenticalPredictionsOnTheSlice(@TempDir Path temp) throws IOException {
        Path archive = temp.resolve("tiny.zip");
        ModelExporter.export(model, archive);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (String name : List.of("adder/model.json", "adder/serving.properties", "adder/README.txt",
                    "adder/adder-0001.params")) {
                assertTrue(zip.getEntry(name) != null, "archive holds " + name);
            }
        }
        List<AdderInput> inputs = TestData.inputs(200);
        try (LoadedModel original = ModelLibrary.load(model, Device.cpu());
                LoadedModel imported = ModelLibrary.load(archive, Device.cpu());
                DigitPredictor a = new DigitPredictor(original);
                DigitPredictor b = new DigitPredictor(imported)) {
            List<AdderPrediction> left = a.predictAll(inputs);
            List<AdderPrediction> right = b.predictAll(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                assertArrayEquals(left.get(i).digitProbabilities(), right.get(i).digitProbabilities(), 0f);
                assertArrayEquals(left.get(i).sumProbabilities(), right.get(i).sumProbabilities(), 0f);
            }
            assertEquals(archive, imported.source());
        }
    }

    @Test
    void theArchiveStatesItsContractAndKeepsIntegersAcrossReExports(@TempDir Path temp) throws Exception {
        Path first = ModelExporter.export(model, temp.resolve("first.zip"));
        Path again = ModelExporter.exportFolderOrArchive(first, temp.resolve("again.zip"));
        String sha256 = ParamsChecksum.sha256(model.resolve("adder-0001.params"));
        for (Path archive : List.of(first, again)) {
            String cardText = entry(archive, "adder/model.json");
            assertTrue(cardText.contains("\"epochs\": 1,"), cardText);
            assertTrue(cardText.contains("\"batchSize\": "
                    + TrainingConfig.defaultsFor(ArchitectureId.COMPACT).batchSize() + ","), cardText);
            assertFalse(cardText.matches("(?s).*\"(epochs|batchSize|seed|trainingLimit)\": \\d+\\.0.*"), cardText);
            JsonObject card = JsonParser.parseString(cardText).getAsJsonObject();
            assertEquals(sha256, card.get("paramsSha256").getAsString());
            JsonObject contract = card.getAsJsonObject("contract");
            assertEquals(AdderTranslatorFactory.class.getName(),
                    contract.getAsJsonObject("djl").get("translatorFactory").getAsString());
            assertEquals(AdderBlockFactory.class.getName(), contract.getAsJsonObject("djl").get("blockFactory").getAsString());
            assertTrue(contract.getAsJsonObject("inputs").has("AdderInput"));
            assertTrue(contract.getAsJsonObject("inputs").has("Input"));
            List<String> fields = new ArrayList<>();
            contract.getAsJsonObject("outputs").getAsJsonArray("Output").forEach(f -> fields.add(f.getAsString()));
            assertEquals(PredictionFields.NAMES, fields);
            assertTrue(contract.get("preprocessing").getAsString().contains("centre of mass"));
            assertEquals(card.getAsJsonObject("test").get("digitAccuracy").getAsDouble(),
                    contract.getAsJsonObject("testFigures").get("digitAccuracy").getAsDouble());
            String readme = entry(archive, "adder/README.txt");
            assertTrue(readme.contains(sha256), "the README states the checksum");
            assertTrue(readme.contains(".optModelPath("), readme);
            String serving = entry(archive, "adder/serving.properties");
            assertTrue(serving.contains("blockFactory=" + AdderBlockFactory.class.getName()), serving);
            assertTrue(serving.contains("translatorFactory=" + AdderTranslatorFactory.class.getName()), serving);
        }
    }

    @Test
    void alteredParametersAreRefusedWithASentenceByTheAppAndByDjl(@TempDir Path temp) throws Exception {
        String card = entry(ModelExporter.export(model, temp.resolve("good.zip")), "adder/model.json");
        byte[] params = Files.readAllBytes(model.resolve("adder-0001.params"));
        params[params.length - 3] ^= 0x55;
        Path tampered = zipWithParams(temp.resolve("tampered.zip"), card, params);
        assertRefused(tampered, "does not match its card");
        Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                .setTypes(AdderInput.class, AdderPrediction.class).optModelPath(tampered).build();
        IOException error = assertThrows(IOException.class, criteria::loadModel);
        assertTrue(error.getMessage().contains("does not match its card"), error.getMessage());
        assertThrows(ModelLoadException.class, () -> ModelExporter.exportFolderOrArchive(tampered,
                temp.resolve("laundered.zip")), "a re-export would give altered parameters a valid checksum");
    }

    @Test
    void djlServesANewExportUnderTheSameNameNotItsCachedPredecessor(@TempDir Path temp) throws Exception {
        Path archive = temp.resolve("same-name.zip");
        AdderInput input = TestData.inputs(1).get(0);
        ModelExporter.export(ModelLibrary.shippedModelFolder(), archive);
        AdderPrediction shipped = predictThroughDjl(archive, input);
        ModelExporter.export(model, archive);
        AdderPrediction tiny = predictThroughDjl(archive, input);
        try (LoadedModel loaded = ModelLibrary.load(model, Device.cpu()); DigitPredictor app = new DigitPredictor(loaded)) {
            assertArrayEquals(app.predict(input).digitProbabilities(), tiny.digitProbabilities(), 1e-5f);
        }
        assertFalse(Arrays.equals(shipped.digitProbabilities(), tiny.digitProbabilities()));
    }

    private static AdderPrediction predictThroughDjl(Path archive, AdderInput input) throws Exception {
        Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                .setTypes(AdderInput.class, AdderPrediction.class).optModelPath(archive).build();
        try (var loaded = criteria.loadModel(); var predictor = loaded.newPredictor()) {
            return predictor.predict(input);
        }
    }

    @Test
    void anExportNameWithoutZipGetsIt(@TempDir Path temp) {
        assertEquals(temp.resolve("mine.zip"), ModelExporter.export(model, temp.resolve("mine")));
        assertTrue(Files.isRegularFile(temp.resolve("mine.zip")));
        assertFalse(Files.exists(temp.resolve("mine")));
        assertEquals(temp.resolve("UPPER.ZIP"), ModelExporter.export(model, temp.resolve("UPPER.ZIP")));
    }

    @Test
    void exportToAMissingFolderSaysSoAndWritesNothing(@TempDir Path temp) {
        Path archive = temp.resolve("no-such-folder").resolve("m.zip");
        ExportException error = assertThrows(ExportException.class, () -> ModelExporter.export(model, archive));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertFalse(Files.exists(archive.getParent()));
    }

    @Test
    void exportIntoAFileInsteadOfAFolderFailsClearly(@TempDir Path temp) throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        ExportException error = assertThrows(ExportException.class,
                () -> ModelExporter.export(model, notAFolder.resolve("m.zip")));
        assertTrue(error.getMessage().startsWith("Cannot export"), error.getMessage());
    }

    @Test
    void aFailedExportLeavesTheExistingArchiveUntouched(@TempDir Path temp) throws IOException {
        Path archive = Files.writeString(temp.resolve("keep.zip"), "previous export");
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(model.resolve("model.json"), broken.resolve("model.json"));
        assertThrows(ExportException.class, () -> ModelExporter.export(broken, archive));
        assertEquals("previous export", Files.readString(archive));
        try (var files = Files.list(temp)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void archivesWithEntriesOutsideTheirFolderAreRefused(@TempDir Path temp) throws IOException {
        Path evil = zip(temp.resolve("evil.zip"), "adder/model.json", "{}", "../../escape.txt", "boom");
        assertRefused(evil, "outside its folder");
        assertFalse(Files.exists(temp.resolve("escape.txt")));
    }

    @Test
    void archivesWithTooManyEntriesAreRefused(@TempDir Path temp) throws IOException {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add("adder/file" + i);
            entries.add("x");
        }
        assertRefused(zip(temp.resolve("many.zip"), entries.toArray(String[]::new)), "entries");
    }

    @Test
    void zipBombsAreRefused(@TempDir Path temp) throws IOException {
        Path bomb = temp.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("adder/adder-0001.params"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1_000_000, "compresses to little");
        assertRefused(bomb, "more than");
    }

    @Test
    void nonZipFilesAreRefused(@TempDir Path temp) throws IOException {
        assertRefused(Files.writeString(temp.resolve("model.zip"), "this is text"), "not a valid .zip");
    }

    @Test
    void archivesOfAnotherArchitectureOrNewerFormatAreRefused(@TempDir Path temp) throws IOException {
        String card = Files.readString(model.resolve("model.json"), StandardCharsets.UTF_8);
        byte[] params = Files.readAllBytes(model.resolve("adder-0001.params"));
        assertRefused(zipWithParams(temp.resolve("seed.zip"), card.replace("\"compact\"", "\"seed\""), params),
                "does not hold valid 'seed' parameters");
        assertRefused(zipWithParams(temp.resolve("future.zip"),
                card.replace("\"formatVersion\": 1", "\"formatVersion\": 7"), params), "newer Adder Studio");
        assertRefused(zipWithParams(temp.resolve("alien.zip"), card.replace("\"compact\"", "\"vit\""), params),
                "does not know");
    }

    private static void assertRefused(Path archive, String expected) {
        ModelLoadException error = assertThrows(ModelLoadException.class,
                () -> ModelLibrary.load(archive, Device.cpu()));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    private static String entry(Path archive, String name) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path zip(Path file, String... namesAndContents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Path zipWithParams(Path file, String card, byte[] params) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("adder/model.json"));
            zip.write(card.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("adder/adder-0001.params"));
            zip.write(params);
            zip.closeEntry();
        }
        return file;
    }
}
