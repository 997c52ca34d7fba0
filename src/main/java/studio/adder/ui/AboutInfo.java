package studio.adder.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.adder.AppVersion;

/**
 * What Help > About tells: the app's version and every library it ships with its version and
 * licence. The library list is written by the build ({@code libraries.txt}, Maven's runtime
 * dependency list), so it names exactly what this build ships, and {@code bundled-libraries.txt}
 * adds what ships outside Maven's list (ONNX Runtime Web, inside every exported web page); the
 * licences come from {@code licences.txt}, kept by hand from each project's own declaration.
 */
public final class AboutInfo {

    /** A shipped library. */
    public record Library(String coordinates, String name, String version, String licence) {}

    private final String version;
    private final List<Library> libraries;

    private AboutInfo(String version, List<Library> libraries) {
        this.version = version;
        this.libraries = List.copyOf(libraries);
    }

    /** Reads the build's resources. */
    public static AboutInfo read() {
        return new AboutInfo(AppVersion.get(), libraries(
                text("libraries.txt") + "\n" + text("bundled-libraries.txt"), licences(text("licences.txt"))));
    }

    /** The app's version, as the build names it. */
    public String version() {
        return version;
    }

    /** The shipped libraries, one per artifact (JavaFX's platform jars count once). */
    public List<Library> libraries() {
        return libraries;
    }

    /**
     * The libraries of Maven's dependency list ({@code group:artifact:type[:classifier]:version:scope}
     * lines), each with its licence from {@code licences} or "licence not listed".
     */
    static List<Library> libraries(String dependencyList, Map<String, String[]> licences) {
        List<Library> libraries = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String line : dependencyList.lines().map(String::strip).toList()) {
            String[] parts = line.split(" ")[0].split(":");
            if (parts.length < 5) {
                continue;
            }
            String coordinates = parts[0] + ":" + parts[1];
            String version = parts[parts.length - 2];
            if (seen.contains(coordinates)) {
                continue;
            }
            seen.add(coordinates);
            String[] known = licences.get(coordinates);
            libraries.add(known == null
                    ? new Library(coordinates, parts[1], version, "licence not listed")
                    : new Library(coordinates, known[0], version, known[1]));
        }
        return libraries;
    }

    /** {@code group:artifact | name | licence} lines to coordinates -> {name, licence}. */
    static Map<String, String[]> licences(String text) {
        Map<String, String[]> licences = new HashMap<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|");
            if (fields.length == 3) {
                licences.put(fields[0].strip(), new String[] {fields[1].strip(), fields[2].strip()});
            }
        }
        return licences;
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AboutInfo.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from this build; rebuild with ./mvnw package");
        }
        return in;
    }
}
