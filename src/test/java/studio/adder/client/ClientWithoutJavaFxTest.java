package studio.adder.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Utils;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.cli.AdderCli;
import studio.adder.export.ModelExporter;
import studio.adder.model.ModelLibrary;

/**
 * The client API needs no JavaFX: a plain program ({@link PlainClient}) runs in a fresh JVM whose
 * class path is this build's minus every JavaFX jar, loads an exported archive with
 * {@code optModelPath} alone for both type pairs, and must answer exactly as {@code predict --json}.
 */
class ClientWithoutJavaFxTest {

    private static final Pattern DESKTOP_JARS = Pattern.compile("javafx|openjfx|controlsfx|atlantafx|testfx|monocle");
    private static final int NUMBER = 4;

    @Test
    void aPlainProgramWithoutJavaFxGetsTheAnswersOfPredict(@TempDir Path temp) throws Exception {
        Path archive = ModelExporter.export(ModelLibrary.shippedModelFolder(), temp.resolve("m.zip"));
        List<String> images = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "digit" + i + (i == 3 ? ".jpg" : ".png");
            images.add(TestData.writeDigit(i + 10, temp.resolve(name), 40 + 70 * i, i % 2 == 1).toString());
        }

        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", classPathWithoutJavaFx(),
                "-Djava.awt.headless=true",
                "-DDJL_CACHE_DIR=" + temp.resolve("djl-cache"),
                // The engine's natives are already unpacked in the usual place; reuse them.
                "-DENGINE_CACHE_DIR=" + Utils.getEngineCacheDir(),
                PlainClient.class.getName(), archive.toString(), Integer.toString(NUMBER)));
        command.addAll(images);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the client finished");
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.contains("javafx on class path: false"), out);

        List<JsonObject> client = jsonLines(out);
        List<JsonObject> predict = jsonLines(runPredict(images));
        assertEquals(images.size(), client.size(), out);
        assertEquals(images.size(), predict.size());
        for (int i = 0; i < images.size(); i++) {
            JsonObject expected = predict.get(i);
            JsonObject typed = client.get(i);
            JsonObject serving = JsonParser.parseString(typed.get("servingJson").getAsString()).getAsJsonObject();
            for (JsonObject actual : List.of(typed, serving)) {
                assertEquals(expected.get("digit").getAsInt(), actual.get("digit").getAsInt(), images.get(i));
                assertEquals(expected.get("sum").getAsInt(), actual.get("sum").getAsInt(), images.get(i));
                assertArrayEquals(floats(expected, "digitProbabilities"), floats(actual, "digitProbabilities"), 1e-5f);
                assertArrayEquals(floats(expected, "sumProbabilities"), floats(actual, "sumProbabilities"), 1e-5f);
            }
            assertEquals(expected.keySet().stream().filter(k -> !k.equals("file")).collect(Collectors.toSet()),
                    serving.keySet(), "the serving JSON has the fields of predict --json");
        }
    }

    private static String classPathWithoutJavaFx() {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !DESKTOP_JARS.matcher(entry).find())
                .collect(Collectors.joining(File.pathSeparator));
        assertFalse(classPath.contains("javafx"), classPath);
        return classPath;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code predict --json --number NUMBER IMAGE...} in this JVM, its stdout. */
    private static synchronized String runPredict(List<String> images) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of("predict", "--number", Integer.toString(NUMBER), "--json"));
            args.addAll(images);
            assertEquals(0, AdderCli.run(args.toArray(String[]::new)));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonObject> jsonLines(String text) {
        return text.lines().filter(line -> line.startsWith("{"))
                .map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    private static float[] floats(JsonObject json, String field) {
        JsonArray array = json.getAsJsonArray(field);
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsFloat();
        }
        return values;
    }
}
