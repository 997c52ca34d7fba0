package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;

/** Runs the CLI in-process and reads its stdout as the JSON other tools would. */
class CliTest {

    @Test
    void evaluateJsonReportsBothHeadsOnTheSlice() {
        CliRun.Result result = CliRun.run("evaluate", "--data-dir", TestData.SLICE.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonObject json = result.jsonLines().get(0);
        assertEquals(1000, json.get("evaluated").getAsInt());
        assertTrue(json.get("digitAccuracy").getAsDouble() >= 0.99, result.out());
        assertTrue(json.get("sumAccuracy").getAsDouble() >= 0.99, result.out());
        assertTrue(json.get("loss").getAsDouble() > 0);
    }

    @Test
    void trainJsonPrintsOneObjectPerEpochAndWritesTheModel(@TempDir Path out) {
        CliRun.Result result = CliRun.run("train", "--arch", "seed", "--epochs", "2", "--limit", "256", "--batch-size", "64",
                "--data-dir", TestData.SLICE.toString(), "--out", out.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        List<JsonObject> epochs = result.jsonLines();
        assertEquals(2, epochs.size(), result.out());
        for (String field : List.of("epoch", "elapsedSeconds", "imagesPerSecond", "testLoss", "testDigitAccuracy",
                "testSumAccuracy")) {
            assertTrue(epochs.get(1).has(field), "missing " + field);
        }
        assertTrue(epochs.get(1).get("elapsedSeconds").getAsDouble() > epochs.get(0).get("elapsedSeconds").getAsDouble());
        assertTrue(Files.exists(out.resolve("model.json")));
        assertTrue(result.err().contains("threads"), "says how many threads it uses");
    }

    @Test
    void predictReadsImagesOfEitherPolarityAndAnySize(@TempDir Path temp) throws Exception {
        Path darkOnLight = temp.resolve("seven.png");
        Path lightOnDark = temp.resolve("seven-inverted.bmp");
        TestData.writeDigit(0, darkOnLight, 300, true); // the first test image is a 7
        TestData.writeDigit(0, lightOnDark, 90, false);
        CliRun.Result result = CliRun.run("predict", "--number", "5", "--json", darkOnLight.toString(), lightOnDark.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<JsonObject> lines = result.jsonLines();
        assertEquals(2, lines.size());
        for (JsonObject line : lines) {
            assertEquals(7, line.get("digit").getAsInt(), line.toString());
            assertEquals(12, line.get("sum").getAsInt(), line.toString());
            assertEquals(10, line.getAsJsonArray("digitProbabilities").size());
            assertEquals(19, line.getAsJsonArray("sumProbabilities").size());
        }
    }

    @Test
    void missingDataAndBadFilesGetHumanErrors(@TempDir Path temp) throws Exception {
        CliRun.Result missing = CliRun.run("evaluate", "--data-dir", temp.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("fetch-mnist"), missing.err());
        assertTrue(!missing.err().contains("\tat "), "no stack trace");

        Path notAnImage = Files.writeString(temp.resolve("note.png"), "hello");
        CliRun.Result bad = CliRun.run("predict", "--number", "1", "--json", notAnImage.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.jsonLines().get(0).get("error").getAsString().contains("note.png"), bad.out());

        CliRun.Result badNumber = CliRun.run("predict", "--number", "12", notAnImage.toString());
        assertEquals(2, badNumber.exitCode());
        assertTrue(badNumber.err().contains("between 0 and 9"), badNumber.err());
    }
}
