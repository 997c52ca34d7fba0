package studio.adder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.junit.jupiter.api.Test;
import studio.adder.engine.EngineSetup;
import studio.adder.model.AdderNetwork;
import studio.adder.model.Architecture;
import studio.adder.model.CompactArchitecture;
import studio.adder.model.SeedArchitecture;

class MultiplyAccumulatesTest {

    @Test
    void seedNetworkCountsLikeTheNotebooksLayerTable() {
        // Output pixels x filters x (input channels x 3 x 3) per convolution, in x out per dense layer.
        long conv1 = 28L * 28 * 16 * (1 * 9);
        long expected = conv1
                + 28L * 28 * 32 * (16 * 9)
                + 14L * 14 * 64 * (32 * 9)
                + 14L * 14 * 64 * (64 * 9)
                + 5L * 5 * 128 * (64 * 9)
                + 3L * 3 * 256 * (128 * 9)
                + 1L * 1 * 10 * (256 * 9)
                + 20 * 50 + 50 * 100 + 100 * 19;
        MultiplyAccumulates counted = count(new SeedArchitecture());
        assertEquals(expected, counted.forwardPerImage());
        assertEquals(3 * expected - conv1, counted.trainingPerImage());
    }

    @Test
    void compactNetworkCountsItsConvolutionsAndBothHeads() {
        long expected = 28L * 28 * 16 * 9
                + 14L * 14 * 32 * (16 * 9)
                + 14L * 14 * 48 * (32 * 9)
                + 5L * 5 * 96 * (48 * 9)
                + 5 * 5 * 96 * 10
                + 100 * 19;
        assertEquals(expected, count(new CompactArchitecture()).forwardPerImage());
    }

    private static MultiplyAccumulates count(Architecture architecture) {
        EngineSetup.start();
        try (NDManager manager = NDManager.newBaseManager()) {
            AdderNetwork network = architecture.newNetwork();
            network.initialize(manager, DataType.FLOAT32, AdderNetwork.inputShapes(2));
            return MultiplyAccumulates.of(network);
        }
    }
}
