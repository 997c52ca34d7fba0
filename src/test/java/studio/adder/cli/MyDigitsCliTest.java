package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.model.ModelLibrary;
import studio.adder.mydigits.ExampleImages;

/** {@code evaluate --extra-data} and the fine-tuning options of {@code train}, run in-process. */
class MyDigitsCliTest {

    /** Writes the first {@code count} slice test images into an ImageFolder layout under {@code folder}. */
    static Path labelledFolder(Path folder, int count) throws Exception {
        float[] pixels = new float[784];
        for (int i = 0; i < count; i++) {
            TestData.test().copyImage(i, pixels, 0);
            Path digit = Files.createDirectories(folder.resolve(Integer.toString(TestData.test().label(i))));
            ExampleImages.writeInput(digit.resolve("test-" + i + ".png"), pixels);
        }
        return folder;
    }

    @Test
    void evaluateScoresALabelledFolder(@TempDir Path temp) throws Exception {
        Path folder = labelledFolder(temp.resolve("examples"), 40);
        CliRun.Result result = CliRun.run("evaluate", "--extra-data", folder.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonObject json = result.lastJson();
        assertEquals(40, json.get("evaluated").getAsInt());
        assertTrue(json.get("digitAccuracy").getAsDouble() >= 0.95, result.out());
        assertTrue(json.get("sumAccuracy").getAsDouble() >= 0.95, result.out());
        int counted = json.getAsJsonObject("examplesPerDigit").entrySet().stream()
                .mapToInt(e -> e.getValue().getAsInt()).sum();
        assertEquals(40, counted);
        // The numbers come from a fixed seed: a second run scores the very same pairs.
        assertEquals(json.get("sumLoss").getAsDouble(),
                CliRun.run("evaluate", "--extra-data", folder.toString(), "--json").lastJson().get("sumLoss").getAsDouble());
    }

    @Test
    void trainFineTunesAModelOnAFolderOfExamples(@TempDir Path temp) throws Exception {
        Path folder = labelledFolder(temp.resolve("examples"), 30);
        Path out = temp.resolve("tuned");
        CliRun.Result result = CliRun.run("train", "--init-model", ModelLibrary.shippedModelFolder().toString(),
                "--extra-data", folder.toString(), "--limit", "192", "--data-dir", TestData.SLICE.toString(),
                "--out", out.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonObject epoch = result.lastJson();
        assertEquals(1, epoch.get("epochs").getAsInt(), "fine-tuning defaults to one epoch");
        assertEquals(30, epoch.get("examplesEvaluated").getAsInt());
        assertTrue(epoch.get("examplesDigitAccuracy").getAsDouble() >= 0.9, result.out());
        assertTrue(epoch.get("testDigitAccuracy").getAsDouble() >= 0.98, "it still reads MNIST: " + result.out());
        assertTrue(result.err().contains("your examples before training"), result.err());
        assertTrue(Files.readString(out.resolve("model.json")).contains("\"baseModel\""));
    }

    @Test
    void aShareOutsideZeroToOneGetsASentence(@TempDir Path temp) throws Exception {
        Path folder = labelledFolder(temp.resolve("examples"), 5);
        CliRun.Result result = CliRun.run("train", "--extra-data", folder.toString(), "--extra-weight", "1.5", "--limit", "64",
                "--data-dir", TestData.SLICE.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("share of every batch must be above 0 and below 1"), result.err());
    }

    @Test
    void aFolderWithoutDigitFoldersGetsASentence(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("cats"));
        CliRun.Result result = CliRun.run("evaluate", "--extra-data", temp.toString(), "--json");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("has no digit folders"), result.err());
        assertTrue(!result.err().contains("Exception"), "a sentence, not a stack trace: " + result.err());
    }
}
