package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.engine.EngineAssumptions;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelFolder;
import studio.adder.preprocess.HugePng;

/** {@code train} refuses an unusable --out at once and stops cleanly on Ctrl+C; {@code predict} survives huge pictures. */
@Tag("slow")
class TrainStopAndRefusalTest {

    @Test
    void anExistingFileAsOutputIsRefusedBeforeTraining(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        CliRun.Result result = CliRun.run("train", "--epochs", "1", "--limit", "256", "--data-dir",
                TestData.SLICE.toString(), "--out", file.toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("is a file, not a folder"), result.err());
        assertFalse(result.err().contains("epoch"), "no batch ran: " + result.err());
        assertEquals("mine", Files.readString(file), "the file is untouched");
    }

    @Test
    void anUnwritableOutputIsRefusedBeforeTraining(@TempDir Path temp) throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "");
        CliRun.Result result = CliRun.run("train", "--epochs", "1", "--limit", "256", "--data-dir",
                TestData.SLICE.toString(), "--out", blocker.resolve("model").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("Cannot write the model to"), result.err());
    }

    @Test
    void predictAnswersForAHugePicture(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("huge.png");
        HugePng.write(file, 20_000);
        CliRun.Result result = CliRun.run("predict", "--number", "3", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "sends Ctrl+C as the POSIX signal SIGINT (kill -INT)")
    void ctrlCStopsAfterTheBatchKeepsTheCheckpointAndExits130(@TempDir Path temp) throws Exception {
        EngineAssumptions.assumeEngineRuns();
        Path out = temp.resolve("model");
        Process process = startTraining(out);
        StringBuilder seen = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            readUntil(lines, seen, "epoch 1/3 done");
            signal(process, "INT");
            for (String line; (line = lines.readLine()) != null; ) {
                seen.append(line).append('\n');
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), seen.toString());
        String text = seen.toString();
        assertEquals(130, process.exitValue(), text);
        assertTrue(text.matches("(?s).*stopped in epoch 2 at batch \\d+; checkpoint of epoch 1 kept in .*"), text);
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains("CudaUtils"), "DJL's GPU-detection warning is kept out: " + text);
        try (LoadedModel loaded = ModelFolder.load(out, Device.cpu())) {
            assertEquals(1, loaded.card().epochsCompleted());
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "sends Ctrl+C as the POSIX signal SIGINT (kill -INT)")
    void aSecondCtrlCEndsAtOnce(@TempDir Path temp) throws Exception {
        EngineAssumptions.assumeEngineRuns();
        Path out = temp.resolve("model");
        // Two batches of 1,000 per epoch (a good part of a second each, even on a quiet machine):
        // the progress line of an epoch's first batch always prints, and batch 2 starts right
        // after it, so both presses land while batch 2 runs.
        Process process = startTraining(out, "2000", "1000");
        StringBuilder seen = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            readUntil(lines, seen, "epoch 2/3  batch 1/2");
            signal(process, "INT");
            readUntil(lines, seen, "Stopping after the current batch");
            signal(process, "INT");
            for (String line; (line = lines.readLine()) != null; ) {
                seen.append(line).append('\n');
            }
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), seen.toString());
        assertEquals(130, process.exitValue(), seen.toString());
        assertTrue(seen.toString().contains("Stopped at once."), seen.toString());
        try (LoadedModel loaded = ModelFolder.load(out, Device.cpu())) {
            assertEquals(1, loaded.card().epochsCompleted(), "the checkpoint of epoch 1 survives a hard stop: " + seen);
        }
    }

    private static Process startTraining(Path out) throws IOException {
        return startTraining(out, "512", "32");
    }

    private static Process startTraining(Path out, String limit, String batchSize) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "studio.adder.Main",
                "train", "--epochs", "3", "--limit", limit, "--batch-size", batchSize,
                "--data-dir", TestData.SLICE.toString(), "--out", out.toString()))
                .redirectErrorStream(true).start();
    }

    private static void readUntil(BufferedReader lines, StringBuilder seen, String marker) throws IOException {
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.contains(marker)) {
                return;
            }
        }
        throw new AssertionError("never printed '" + marker + "':\n" + seen);
    }

    private static void signal(Process process, String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }
}
