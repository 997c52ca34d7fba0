package studio.adder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help > About names every library this build ships, each with its licence. */
class AboutInfoTest {

    @Test
    void everyShippedLibraryHasItsLicence() {
        AboutInfo info = AboutInfo.read();
        assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+.*"), info.version());
        List<String> unlisted = info.libraries().stream()
                .filter(library -> library.licence().equals("licence not listed"))
                .map(AboutInfo.Library::coordinates).toList();
        assertEquals(List.of(), unlisted, "add these to src/main/resources/studio/adder/ui/licences.txt");
        List<String> names = info.libraries().stream().map(AboutInfo.Library::coordinates).toList();
        assertTrue(names.containsAll(List.of("ai.djl:api", "org.openjfx:javafx-controls", "org.controlsfx:controlsfx")),
                names.toString());
        assertTrue(names.stream().noneMatch(name -> name.contains("junit") || name.contains("testfx")),
                "test libraries are not shipped: " + names);
    }

    @Test
    void theWebExportsRuntimeIsListedAtTheVersionItShips() throws IOException {
        String shipped;
        try (InputStream in = AboutInfo.class.getResourceAsStream("/studio/adder/export/web/ort/version.txt")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        List<AboutInfo.Library> runtime = AboutInfo.read().libraries().stream()
                .filter(library -> library.coordinates().equals("npm:onnxruntime-web")).toList();
        assertEquals(List.of(new AboutInfo.Library("npm:onnxruntime-web", "ONNX Runtime Web (inside exported web pages)",
                shipped, "MIT")), runtime);
    }

    @Test
    void mavensDependencyListIsReadOncePerArtifact() {
        String list = """

                The following files have been resolved:
                   org.openjfx:javafx-base:jar:21.0.11:compile -- module javafx.baseEmpty [auto]
                   org.openjfx:javafx-base:jar:linux:21.0.11:compile -- module javafx.base
                   net.java.dev.jna:jna:jar:5.17.0:compile -- module com.sun.jna [auto]
                """;
        Map<String, String[]> licences = AboutInfo.licences("# comment\norg.openjfx:javafx-base | OpenJFX base | GPL\n");
        assertEquals(List.of(new AboutInfo.Library("org.openjfx:javafx-base", "OpenJFX base", "21.0.11", "GPL"),
                new AboutInfo.Library("net.java.dev.jna:jna", "jna", "5.17.0", "licence not listed")),
                AboutInfo.libraries(list, licences));
    }
}
