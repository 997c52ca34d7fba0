package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;

/** Runs the CLI in-process and reads its stdout as the JSON other tools would. */
class CliTest {

    private record Result(int exitCode, String out, String err) {
        List<JsonObject> jsonLines() {
            return out.lines().filter(l -> l.startsWith("{")).map(l -> JsonParser.parseString(l).getAsJsonObject())
                    .toList();
        }
    }

    private static synchronized Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = AdderCli.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void evaluateJsonReportsBothHeadsOnTheSlice() {
        Result result = run("evaluate", "--data-dir", TestData.SLICE.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonObject json = result.jsonLines().get(0);
        assertEquals(1000, json.get("evaluated").getAsInt());
        assertTrue(json.get("digitAccuracy").getAsDouble() >= 0.99, result.out());
        assertTrue(json.get("sumAccuracy").getAsDouble() >= 0.99, result.out());
        assertTrue(json.get("loss").getAsDouble() > 0);
    }

    @Test
    void trainJsonPrintsOneObjectPerEpochAndWritesTheModel(@TempDir Path out) {
        Result result = run("train", "--arch", "seed", "--epochs", "2", "--limit", "256", "--batch-size", "64",
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
        Result result = run("predict", "--number", "5", "--json", darkOnLight.toString(), lightOnDark.toString());
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
        Result missing = run("evaluate", "--data-dir", temp.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("fetch-mnist"), missing.err());
        assertTrue(!missing.err().contains("\tat "), "no stack trace");

        Path notAnImage = Files.writeString(temp.resolve("note.png"), "hello");
        Result bad = run("predict", "--number", "1", "--json", notAnImage.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.jsonLines().get(0).get("error").getAsString().contains("note.png"), bad.out());

        Result badNumber = run("predict", "--number", "12", notAnImage.toString());
        assertEquals(2, badNumber.exitCode());
        assertTrue(badNumber.err().contains("between 0 and 9"), badNumber.err());
    }
}
