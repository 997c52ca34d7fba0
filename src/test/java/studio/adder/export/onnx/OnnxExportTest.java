package studio.adder.export.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxModelMetadata;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ModelLibrary;

/**
 * The ONNX export checked in its own world: ONNX Runtime opens the file and answers real MNIST
 * test images with DJL's probabilities. Runs in both test executions, so it covers parameters
 * trained on MXNet and on PyTorch.
 */
class OnnxExportTest {

    private static final double TOLERANCE = 1e-4;

    @Test
    void theShippedModelAnswersInOnnxRuntimeAsInDjl(@TempDir Path temp) throws Exception {
        assertOnnxRuntimeAgreesWithDjl(ModelLibrary.shippedModelFolder(), temp.resolve("shipped"));
    }

    @Test
    void aFreshSeedModelAnswersInOnnxRuntimeAsInDjl(@TempDir Path temp) throws Exception {
        EngineSetup.start();
        Path folder = TestData.trainTinyModel(ArchitectureId.SEED, temp.resolve("seed-model"));
        assertOnnxRuntimeAgreesWithDjl(folder, temp.resolve("seed"));
    }

    @Test
    void aFreshCompactModelAnswersInOnnxRuntimeAsInDjl(@TempDir Path temp) throws Exception {
        EngineSetup.start();
        Path folder = TestData.trainTinyModel(ArchitectureId.COMPACT, temp.resolve("compact-model"));
        assertOnnxRuntimeAgreesWithDjl(folder, temp.resolve("compact"));
    }

    @Test
    void theFileDeclaresItsInputsOutputsFreeBatchAndCard(@TempDir Path temp) throws Exception {
        EngineSetup.start();
        ExportResult result = ModelExports.export(ModelLibrary.shippedModelFolder(), ExportFormat.ONNX, temp.resolve("m"));
        assertEquals(temp.resolve("m.onnx"), result.written(), ".onnx is added");
        assertTrue(Files.isRegularFile(temp.resolve("m.onnx.README.txt")), "a README beside it");
        ModelCard card = ModelCards.read(ModelLibrary.shippedModelFolder());
        try (OnnxRuntimeRun run = new OnnxRuntimeRun(result.written())) {
            Map<String, NodeInfo> inputs = run.session().getInputInfo();
            Map<String, NodeInfo> outputs = run.session().getOutputInfo();
            assertEquals(List.of("image", "number"), List.copyOf(inputs.keySet()));
            assertEquals(List.of("digit", "sum"), List.copyOf(outputs.keySet()));
            assertShape(inputs.get("image"), -1, 1, 28, 28);
            assertShape(inputs.get("number"), -1, 10);
            assertShape(outputs.get("digit"), -1, 10);
            assertShape(outputs.get("sum"), -1, 19);

            OnnxModelMetadata metadata = run.session().getMetadata();
            assertEquals("Adder Studio", metadata.getProducerName());
            Map<String, String> props = metadata.getCustomMetadata();
            assertEquals(card.architecture(), props.get("architecture"));
            assertEquals(card.testFigure("digitAccuracy"), Double.parseDouble(props.get("test_digit_accuracy")), 1e-4);
            assertEquals(card.testFigure("sumAccuracy"), Double.parseDouble(props.get("test_sum_accuracy")), 1e-4);
            assertTrue(props.get("preprocessing").contains("0.1307"), props.get("preprocessing"));
            assertTrue(props.get("app_version").startsWith("Adder Studio "), props.get("app_version"));

            // One batch of 37 answers as 37 batches of one: the batch size is free.
            List<AdderInput> inputsList = TestData.inputs(37);
            float[][][] together = run.run(DjlAnswers.normalisedImages(inputsList), DjlAnswers.oneHotNumbers(inputsList));
            for (int i = 0; i < inputsList.size(); i++) {
                List<AdderInput> one = inputsList.subList(i, i + 1);
                float[][][] alone = run.run(DjlAnswers.normalisedImages(one), DjlAnswers.oneHotNumbers(one));
                for (int k = 0; k < 19; k++) {
                    assertEquals(together[1][i][k], alone[1][0][k], 1e-6, "input " + i);
                }
            }
        }
    }

    private static void assertOnnxRuntimeAgreesWithDjl(Path modelFolder, Path out) throws Exception {
        EngineSetup.start();
        // Every digit and every number, on real test images.
        List<AdderInput> inputs = TestData.inputs(120);
        DjlAnswers djl = DjlAnswers.of(modelFolder, inputs);
        ExportResult result = ModelExports.export(modelFolder, ExportFormat.ONNX, out);
        try (OnnxRuntimeRun run = new OnnxRuntimeRun(result.written())) {
            float[][][] onnx = run.run(DjlAnswers.normalisedImages(inputs), DjlAnswers.oneHotNumbers(inputs));
            djl.assertSame(onnx[0], onnx[1], TOLERANCE, "ONNX Runtime vs DJL, " + modelFolder);
        }
    }

    private static void assertShape(NodeInfo node, long... expected) {
        long[] shape = ((TensorInfo) node.getInfo()).getShape();
        assertEquals(Arrays.toString(expected), Arrays.toString(shape), node.getName());
    }
}
