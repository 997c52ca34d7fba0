package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format}: each format lands where asked; bad input gets one sentence and writes nothing. */
class ExportCommandTest {

    @Test
    void theDefaultFormatIsStillTheDjlArchive(@TempDir Path temp) throws Exception {
        CliRun.Result result = CliRun.run("export", "--out", temp.resolve("m").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.isRegularFile(temp.resolve("m.zip")), "the archive, .zip added");
        assertTrue(result.out().contains("Criteria.builder()"), "the snippet that loads it: " + result.out());
    }

    @Test
    void anUnknownFormatIsRefusedWithTheChoices(@TempDir Path temp) throws Exception {
        CliRun.Result result = CliRun.run("export", "--format", "tflite", "--out", temp.resolve("m").toString());
        assertEquals(2, result.exitCode());
        assertEquals("error: Unknown export format 'tflite'. Choose one of: djl, onnx, pytorch, web.",
                result.err().strip());
        assertEmpty(temp);
    }

    @Test
    void anExistingOutputIsNeverReplaced(@TempDir Path temp) throws Exception {
        Path existing = Files.writeString(temp.resolve("m.onnx"), "mine");
        for (String format : List.of("djl", "onnx")) {
            Path out = format.equals("djl") ? Files.writeString(temp.resolve("m.zip"), "mine") : existing;
            CliRun.Result result = CliRun.run("export", "--format", format, "--out", temp.resolve("m").toString());
            assertEquals(2, result.exitCode(), format);
            assertTrue(result.err().contains(out + " already exists"), result.err());
            assertEquals("mine", Files.readString(out), "left as it was");
        }
        Files.createDirectories(temp.resolve("folder"));
        CliRun.Result folder = CliRun.run("export", "--format", "pytorch", "--out", temp.resolve("folder").toString());
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("already exists"), folder.err());
        assertEquals(3, list(temp).size(), "nothing added: " + list(temp));
    }

    @Test
    void aFolderThatIsNotAModelIsRefused(@TempDir Path temp) throws Exception {
        Path notAModel = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(notAModel.resolve("cat.txt"), "meow");
        Path out = Files.createDirectories(temp.resolve("out"));
        for (String format : List.of("djl", "onnx", "pytorch")) {
            CliRun.Result result = CliRun.run("export", "--model", notAModel.toString(), "--format", format,
                    "--out", out.resolve("m").toString());
            assertEquals(2, result.exitCode(), format);
            assertTrue(result.err().startsWith("error: " + notAModel + " is not a model folder"), result.err());
            assertEmpty(out);
        }
    }

    @Test
    void anUnwritableFolderIsRefused(@TempDir Path temp) throws Exception {
        Path locked = Files.createDirectories(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as a user who can write anywhere");
            CliRun.Result result = CliRun.run("export", "--format", "onnx", "--out", locked.resolve("m").toString());
            assertEquals(2, result.exitCode());
            assertTrue(result.err().contains("not writable"), result.err());
            assertEmpty(locked);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderThatDoesNotExistIsRefused(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "a file, not a folder");
        for (Path out : List.of(temp.resolve("no/such/m"), file.resolve("m"))) {
            CliRun.Result result = CliRun.run("export", "--format", "onnx", "--out", out.toString());
            assertEquals(2, result.exitCode(), out.toString());
            assertTrue(result.err().contains("does not exist"), result.err());
        }
        assertEquals(List.of(file), list(temp));
    }

    private static void assertEmpty(Path folder) throws Exception {
        assertEquals(List.of(), list(folder), "nothing written in " + folder);
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
