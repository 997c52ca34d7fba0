package studio.adder.export.pytorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.client.AdderInput;
import studio.adder.engine.EngineSetup;
import studio.adder.export.DjlAnswers;
import studio.adder.export.ExportFormat;
import studio.adder.export.ExportResult;
import studio.adder.export.ModelExports;
import studio.adder.model.ArchitectureId;
import studio.adder.model.ModelLibrary;

/**
 * The PyTorch export checked in its own world: Debian's Python and PyTorch import the written
 * {@code adder_model.py}, load {@code model.safetensors} strictly and answer real MNIST test images
 * with DJL's probabilities. Runs in both test executions (MXNet- and PyTorch-trained parameters).
 */
@Tag("slow")
class PyTorchExportTest {

    private static final double TOLERANCE = 1e-4;

    @Test
    void theShippedModelAnswersInPyTorchAsInDjl(@TempDir Path temp) throws Exception {
        assertPyTorchAgreesWithDjl(ModelLibrary.shippedModelFolder(), temp);
    }

    @Test
    void aFreshSeedModelAnswersInPyTorchAsInDjl(@TempDir Path temp) throws Exception {
        DebianTorch.assumeAvailable();
        EngineSetup.start();
        assertPyTorchAgreesWithDjl(TestData.trainTinyModel(ArchitectureId.SEED, temp.resolve("seed-model")), temp);
    }

    @Test
    void aFreshCompactModelAnswersInPyTorchAsInDjl(@TempDir Path temp) throws Exception {
        DebianTorch.assumeAvailable();
        EngineSetup.start();
        assertPyTorchAgreesWithDjl(TestData.trainTinyModel(ArchitectureId.COMPACT, temp.resolve("compact-model")), temp);
    }

    /** The snippet the dialog and the README show runs as it is, on a 28x28 picture, and answers as DJL does. */
    @Test
    void theSnippetRunsAsWritten(@TempDir Path temp) throws Exception {
        DebianTorch.assumeAvailable();
        EngineSetup.start();
        ExportResult result = ModelExports.export(ModelLibrary.shippedModelFolder(), ExportFormat.PYTORCH,
                temp.resolve("shipped"));
        TestData.writeDigit(4, temp.resolve("digit.png"), 28, false);
        Path script = Files.writeString(temp.resolve("snippet.py"), result.snippet());
        String printed = DebianTorch.python(temp, script.toString());
        AdderInput input = TestData.inputs(5).get(4);
        DjlAnswers djl = DjlAnswers.of(ModelLibrary.shippedModelFolder(), List.of(new AdderInput(input.pixels(), 3)));
        assertEquals(argmax(djl.digit()[0]) + " + 3 = " + argmax(djl.sum()[0]), printed.strip());
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }

    /** Needs no Python: the file's layout is the documented one, byte for byte. */
    @Test
    void theWeightsFileIsPlainSafetensors(@TempDir Path temp) throws Exception {
        EngineSetup.start();
        ExportResult result = ModelExports.export(ModelLibrary.shippedModelFolder(), ExportFormat.PYTORCH,
                temp.resolve("shipped"));
        Path folder = result.written();
        assertEquals(List.of("README.txt", "adder_model.py", "model.safetensors"), names(folder));
        byte[] file = Files.readAllBytes(folder.resolve(PyTorchExporter.WEIGHTS));
        long headerLength = ByteBuffer.wrap(file, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, (8 + headerLength) % 8, "values start aligned");
        JsonObject header = JsonParser.parseString(new String(file, 8, (int) headerLength, StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertEquals("compact", header.getAsJsonObject("__metadata__").get("architecture").getAsString());
        long expectedBegin = 0;
        for (Map.Entry<String, JsonElement> entry : header.entrySet()) {
            if (entry.getKey().equals("__metadata__")) {
                continue;
            }
            JsonArray offsets = entry.getValue().getAsJsonObject().getAsJsonArray("data_offsets");
            assertEquals(expectedBegin, offsets.get(0).getAsLong(), entry.getKey() + " follows the previous tensor");
            expectedBegin = offsets.get(1).getAsLong();
        }
        assertEquals(file.length - 8 - headerLength, expectedBegin, "the tensors fill the rest of the file");
        assertTrue(header.has("digits.0.1.running_var") && header.has("digits.0.1.num_batches_tracked")
                && header.has("digits.7.weight") && header.has("sum.1.bias"), header.keySet().toString());
        assertEquals("[10,2400]", header.getAsJsonObject("digits.7.weight").get("shape").toString(),
                "nn.Linear keeps (out, in)");
        assertEquals("[16,1,3,3]", header.getAsJsonObject("digits.0.0.weight").get("shape").toString(),
                "nn.Conv2d keeps (out, in, kh, kw)");
    }

    private static void assertPyTorchAgreesWithDjl(Path modelFolder, Path temp) throws Exception {
        DebianTorch.assumeAvailable();
        EngineSetup.start();
        List<AdderInput> inputs = TestData.inputs(120);
        DjlAnswers djl = DjlAnswers.of(modelFolder, inputs);
        ExportResult result = ModelExports.export(modelFolder, ExportFormat.PYTORCH, temp.resolve("exported"));
        float[][][] torch = DebianTorch.answers(result.written(), DjlAnswers.normalisedImages(inputs),
                DjlAnswers.oneHotNumbers(inputs), Files.createDirectories(temp.resolve("work")));
        djl.assertSame(torch[0], torch[1], TOLERANCE, "PyTorch vs DJL, " + modelFolder);
    }

    private static List<String> names(Path folder) throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }
}
