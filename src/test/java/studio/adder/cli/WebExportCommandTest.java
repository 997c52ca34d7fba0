package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format web} without a browser: what it writes, and bad input refused with a sentence. */
class WebExportCommandTest {

    @Test
    void writesOnePageAndItsReadme(@TempDir Path temp) throws Exception {
        CliRun.Result result = CliRun.run("export", "--format", "web", "--out", temp.resolve("class").toString());
        assertEquals(0, result.exitCode(), result.err());
        Path page = temp.resolve("class.html");
        assertEquals(List.of(page, temp.resolve("class.html.README.txt")), list(temp), ".html added, README beside");
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"), "a web page");
        assertTrue(!html.contains("@CONFIG@") && !html.contains("@ORT_SCRIPT@"), "every placeholder filled");
        long size = Files.size(page);
        assertTrue(size < 6_000_000, "lean: " + size + " bytes for the shipped model");
        String readme = Files.readString(temp.resolve("class.html.README.txt"));
        assertTrue(readme.contains("await adder.predictImage(picture, 3)"), readme);
        assertTrue(readme.contains("class.html  one web page, " + String.format("%.1f MB", size / 1e6)), readme);
    }

    @Test
    void anExistingPageIsNeverReplaced(@TempDir Path temp) throws Exception {
        Path existing = Files.writeString(temp.resolve("class.html"), "mine");
        CliRun.Result result = CliRun.run("export", "--format", "web", "--out", temp.resolve("class").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(existing + " already exists"), result.err());
        assertEquals("mine", Files.readString(existing), "left as it was");
        assertEquals(List.of(existing), list(temp), "nothing added");
    }

    @Test
    void aFolderThatIsNotAModelIsRefused(@TempDir Path temp) throws Exception {
        Path notAModel = Files.createDirectories(temp.resolve("photos"));
        Path out = Files.createDirectories(temp.resolve("out"));
        CliRun.Result result = CliRun.run("export", "--model", notAModel.toString(), "--format", "web",
                "--out", out.resolve("class").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("error: " + notAModel + " is not a model folder"), result.err());
        assertEquals(List.of(), list(out), "nothing written");
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
