package studio.adder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Utils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.Main;
import studio.adder.engine.EngineAssumptions;

/**
 * The real app in a child JVM (headless window, MXNet, the shipped model), killed with SIGKILL
 * once it is up: its temporary folder must stay empty (the shipped model is cached in the app's
 * home, not copied to a temporary folder), and its start must log no warning or exception.
 */
class KilledAppLeavesNoTempFilesTest {

    private static final Pattern TROUBLE = Pattern.compile("WARN|SEVERE|ERROR|Exception|Error:");

    @Test
    void aKilledAppLeavesNothingInTheTemporaryFolderAndItsStartLogsNoWarning(@TempDir Path folder) throws Exception {
        EngineAssumptions.assumeEngineRuns();
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        Path home = folder.resolve("home");
        Path log = folder.resolve("app.log");
        Process app = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + temp,
                "-Dadder.home=" + home,
                "-DDJL_CACHE_DIR=" + folder.resolve("djl-cache"),
                "-DENGINE_CACHE_DIR=" + Utils.getEngineCacheDir(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-XX:-UsePerfData", // no hsperfdata file to leave behind either
                Main.class.getName()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // Up once the shipped model is on disk, wherever the app put it.
            waitFor(() -> shippedParams(home) || shippedParams(temp), Duration.ofSeconds(120), app, log);
            // The window is up and the shipped model loaded; give the drawing tab its first moments.
            Thread.sleep(2000);
            assertTrue(app.isAlive(), Files.readString(log));
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no deleteOnExit
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app ended");
        }
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            assertEquals(137, app.exitValue(), "killed by SIGKILL"); // Windows has no signals: exit code 1
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "the temporary folder stays empty");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(TROUBLE.matcher(output).find(), "a clean start logs no warning:\n" + output);
    }

    /** Whether the shipped model's parameters were unpacked somewhere under {@code folder}. */
    private static boolean shippedParams(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".params")
                    && !file.getParent().getFileName().toString().startsWith("."));
        }
    }

    private interface Check {
        boolean done() throws IOException;
    }

    private static void waitFor(Check check, Duration limit, Process app, Path log) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (!check.done()) {
            assertTrue(app.isAlive(), "the app ended early:\n" + Files.readString(log));
            assertTrue(Instant.now().isBefore(end), "the app did not unpack its model in time:\n" + Files.readString(log));
            Thread.sleep(200);
        }
    }
}
