package studio.adder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.adder.engine.EngineSetup;

class ArchitectureIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"compact", "seed"})
    void bothHeadsHaveTheRightShapes(String id) {
        EngineSetup.start();
        try (NDManager manager = NDManager.newBaseManager()) {
            AdderNetwork network = ArchitectureId.byId(id).newNetwork();
            network.initialize(manager, DataType.FLOAT32, AdderNetwork.inputShapes(5));
            NDList inputs = new NDList(manager.randomNormal(new Shape(5, 1, 28, 28)),
                    manager.eye(10).get("0:5"));
            NDList outputs = network.forward(new ParameterStore(manager, false), inputs, false);
            assertEquals(2, outputs.size());
            assertArrayEquals(new long[] {5, 10}, outputs.get(0).getShape().getShape());
            assertArrayEquals(new long[] {5, 19}, outputs.get(1).getShape().getShape());
            assertArrayEquals(new long[] {5, 10}, network.getOutputShapes(AdderNetwork.inputShapes(5))[0].getShape());
        }
    }

    @Test
    void seedHasTheNotebooksParameterCount() {
        assertEquals(460_198, parameterCount("seed"));
    }

    @Test
    void compactIsSmallerThanSeed() {
        long compact = parameterCount("compact");
        assertTrue(compact < parameterCount("seed"), "compact has " + compact + " parameters");
    }

    @Test
    void seedWeightsAreInitialisedLikePyTorch() {
        try (Model model = Model.newInstance("init")) {
            model.setBlock(ArchitectureId.byId("seed").newNetwork());
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, AdderNetwork.inputShapes(1));
            int checked = 0;
            for (Pair<String, Parameter> entry : model.getBlock().getParameters()) {
                NDArray values = entry.getValue().getArray();
                long fanIn = entry.getValue().getType() == Parameter.Type.WEIGHT
                        ? values.getShape().size() / values.getShape().get(0) : -1;
                if (fanIn > 0) {
                    float bound = (float) (1 / Math.sqrt(fanIn));
                    float max = values.abs().max().getFloat();
                    assertTrue(max <= bound + 1e-6, entry.getKey() + ": max " + max + " > " + bound);
                    assertTrue(max > bound * 0.5, entry.getKey() + ": values should fill the range");
                    checked++;
                }
            }
            assertEquals(10, checked, "7 convolutions and 3 dense layers");
        }
    }

    @Test
    void unknownArchitecturesAreNamedInTheError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ArchitectureId.byId("resnet"));
        assertTrue(error.getMessage().contains("resnet") && error.getMessage().contains("compact"));
    }

    private static long parameterCount(String id) {
        try (Model model = Model.newInstance("count")) {
            model.setBlock(ArchitectureId.byId(id).newNetwork());
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, AdderNetwork.inputShapes(1));
            long count = 0;
            for (Pair<String, Parameter> entry : model.getBlock().getParameters()) {
                if (entry.getValue().requiresGradient()) {
                    count += entry.getValue().getArray().size();
                }
            }
            return count;
        }
    }
}
