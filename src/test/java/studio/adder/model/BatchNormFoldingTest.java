package studio.adder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.client.AdderInput;
import studio.adder.data.AdderDataset;
import studio.adder.engine.EngineSetup;

/** The compact network's answering copy: no batch norms left, the same logits as the trained network. */
class BatchNormFoldingTest {

    @Test
    void theShippedModelsFoldedCopyGivesItsLogitsWithoutABatchNorm() {
        EngineSetup.start();
        List<AdderInput> inputs = TestData.inputs(16);
        try (LoadedModel shipped = ModelLibrary.load(null, Device.cpu());
                NDManager manager = shipped.model().getNDManager().newSubManager()) {
            Block trained = shipped.model().getBlock();
            Block folded = shipped.architecture().answeringNetwork(trained, manager).orElseThrow();
            assertFalse(containsBatchNorm(folded), "every batch norm is folded away");
            assertTrue(containsBatchNorm(trained), "the trained network keeps its own");
            NDList batch = batch(inputs, manager);
            NDList expected = trained.forward(new ParameterStore(manager, false), batch, false);
            NDList actual = folded.forward(new ParameterStore(manager, false), batch, false);
            for (int head = 0; head < 2; head++) {
                float[] want = expected.get(head).toFloatArray();
                assertArrayEquals(want, actual.get(head).toFloatArray(), 1e-3f);
                assertTrue(spread(want) > 1f, "real logits, not a constant");
            }
        }
    }

    @Test
    void aNetworkLaidOutOtherwiseIsRefused() {
        EngineSetup.start();
        try (NDManager manager = NDManager.newBaseManager()) {
            Block compact = new CompactArchitecture().newNetwork();
            compact.initialize(manager, DataType.FLOAT32, AdderNetwork.inputShapes(1));
            Block seed = new SeedArchitecture().newNetwork();
            seed.initialize(manager, DataType.FLOAT32, AdderNetwork.inputShapes(1));
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> BatchNormFolding.copyFolded(compact, seed, CompactArchitecture.BATCH_NORM_EPSILON, manager));
            assertTrue(error.getMessage().contains("layers") || error.getMessage().contains("parameter"),
                    error.getMessage());
        }
    }

    private static NDList batch(List<AdderInput> inputs, NDManager manager) {
        float[] images = new float[inputs.size() * 784];
        float[] numbers = new float[inputs.size() * 10];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i).pixels(), 0, images, i * 784, 784);
            AdderDataset.normalise(images, i * 784);
            numbers[i * 10 + inputs.get(i).number()] = 1f;
        }
        return new NDList(manager.create(images, new Shape(inputs.size(), 1, 28, 28)),
                manager.create(numbers, new Shape(inputs.size(), 10)));
    }

    private static boolean containsBatchNorm(Block block) {
        return block instanceof BatchNorm
                || block.getChildren().values().stream().anyMatch(BatchNormFoldingTest::containsBatchNorm);
    }

    private static float spread(float[] values) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min;
    }
}
