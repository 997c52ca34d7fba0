package studio.adder.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link and anchor in README.md and docs/ leads somewhere. */
class DocumentLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsResolves() throws IOException {
        List<Path> documents;
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            documents = Stream.concat(Stream.of(ROOT.resolve("README.md"), ROOT.resolve("models/README.md")),
                    docs.filter(file -> file.toString().endsWith(".md"))).toList();
        }
        assertTrue(documents.size() >= 8, "README, models/README and the docs: " + documents);
        MarkdownLinks links = new MarkdownLinks();
        List<MarkdownLinks.Broken> broken = documents.stream().flatMap(file -> links.check(file).stream()).toList();
        assertEquals(List.of(), broken, "Broken links:\n" + String.join("\n", broken.stream().map(Object::toString).toList()));
    }

    @Test
    void theReadmeStaysShort() throws IOException {
        long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= 150, "README.md has " + lines + " lines; move details into docs/");
    }

    @Test
    void aMissingFileAndAMissingAnchorAreFound(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.md"), """
                # Title
                ## Faster to 99.4 %
                ## Teach it: one person's handwriting
                ## Teach it: one person's handwriting
                See [b](b.md), [gone](gone.md), [here](#faster-to-994-), [there](b.md#nowhere),
                [twice](#teach-it-one-persons-handwriting-1), `[code](skipped.md)` and [web](https://djl.ai/x).

                    [indented code](not-a-link.md)
                """);
        Files.writeString(folder.resolve("b.md"), "# B\n");
        List<MarkdownLinks.Broken> broken = new MarkdownLinks().check(folder.resolve("a.md"));
        assertEquals(List.of("gone.md", "b.md#nowhere"), broken.stream().map(MarkdownLinks.Broken::target).toList());
        assertEquals(5, broken.get(0).line());
    }
}
