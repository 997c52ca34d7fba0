package studio.adder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Actions workflow is valid YAML (read as YAML 1.2, as GitHub reads it) and has what the
 * installers rely on: a leg per desktop whose platform the pom knows, the README's test command,
 * the dist build with the leg's installer types, and their upload.
 */
class WorkflowFileTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/build.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, what + " is a mapping: " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        assertTrue(value instanceof List, what + " is a list: " + value);
        return (List<Object>) value;
    }

    private static Map<String, Object> workflow() throws IOException {
        Load load = new Load(LoadSettings.builder().setLabel(WORKFLOW.toString()).build());
        return map(load.loadFromString(Files.readString(WORKFLOW, StandardCharsets.UTF_8)), "the workflow");
    }

    @Test
    void runsOnPushesPullRequestsAndByHand() throws IOException {
        Map<String, Object> on = map(workflow().get("on"), "on");
        assertTrue(on.keySet().containsAll(Set.of("push", "pull_request", "workflow_dispatch")), on.toString());
    }

    @Test
    void oneLegPerDesktopWithThatPlatformsInstallers() throws IOException {
        Map<String, Object> build = map(map(workflow().get("jobs"), "jobs").get("build"), "jobs.build");
        assertEquals("${{ matrix.os }}", build.get("runs-on"));
        Map<String, Object> matrix = map(map(build.get("strategy"), "strategy").get("matrix"), "matrix");
        Map<String, String> installers = list(matrix.get("include"), "matrix.include").stream()
                .map(leg -> map(leg, "a leg"))
                .collect(Collectors.toMap(leg -> (String) leg.get("platform"), leg -> (String) leg.get("installers")));
        assertEquals(Map.of("linux-x86_64", "deb rpm", "windows-x86_64", "msi", "macos-x86_64", "dmg",
                "macos-aarch64", "dmg"), installers);
        Set<String> profiles = pomProfileIds();
        assertTrue(profiles.containsAll(installers.keySet()), "every leg's platform is a pom profile: " + profiles);
        for (Object leg : list(matrix.get("include"), "matrix.include")) {
            Map<String, Object> fields = map(leg, "a leg");
            String os = (String) fields.get("os");
            String platform = (String) fields.get("platform");
            assertTrue(os.startsWith(platform.startsWith("linux") ? "ubuntu" : platform.startsWith("windows")
                    ? "windows" : "macos"), platform + " runs on " + os);
            assertEquals(platform.startsWith("windows") ? "./mvnw.cmd" : "./mvnw", fields.get("mvnw"), platform);
        }
    }

    @Test
    void testsWithTheReadmesCommandThenBuildsAndUploadsTheInstallers() throws IOException {
        Map<String, Object> build = map(map(workflow().get("jobs"), "jobs").get("build"), "jobs.build");
        List<Map<String, Object>> steps = list(build.get("steps"), "steps").stream().map(s -> map(s, "a step"))
                .toList();
        String ciCommand = Files.readString(Path.of(".ci/run")).lines().filter(l -> l.startsWith("./mvnw"))
                .findFirst().orElseThrow().substring("./mvnw".length());
        assertTrue(steps.stream().anyMatch(s -> ("${{ matrix.mvnw }}" + ciCommand).equals(s.get("run"))),
                "a step runs .ci/run's command," + ciCommand);
        Map<String, Object> installers = steps.stream().filter(s -> "Installers".equals(s.get("name"))).findFirst()
                .orElseThrow();
        assertTrue(String.valueOf(installers.get("run")).endsWith(" -Pdist package"), installers.toString());
        assertEquals("${{ matrix.installers }}", map(installers.get("env"), "env").get("ADDER_INSTALLERS"));
        assertTrue(Files.readString(Path.of("scripts/package-image.sh")).contains("ADDER_INSTALLERS"),
                "the packaging script reads the installer types");
        Map<String, Object> upload = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-artifact@")
                        && "Upload installers".equals(s.get("name")))
                .findFirst().orElseThrow();
        String paths = String.valueOf(map(upload.get("with"), "with").get("path"));
        for (String type : List.of("deb", "rpm", "msi", "dmg")) {
            assertTrue(paths.contains("target/dist/*." + type), paths);
        }
        assertEquals("error", map(upload.get("with"), "with").get("if-no-files-found"));
    }

    @Test
    void theWindowsLegChecksOutScriptsWithTheLineEndingsBashNeeds() throws IOException {
        List<String> rules = Files.readAllLines(Path.of(".gitattributes")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertTrue(rules.contains("* text=auto eol=lf"), rules.toString());
    }

    private static Set<String> pomProfileIds() throws IOException {
        Matcher ids = Pattern.compile("<profile>\\s*<id>([^<]+)</id>").matcher(Files.readString(Path.of("pom.xml")));
        Set<String> found = new HashSet<>();
        while (ids.find()) {
            found.add(ids.group(1));
        }
        return found;
    }
}
