package studio.adder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;

class TrainingProfileTest {

    @Test
    void everyPhaseIsTimedAndTheSharesMakeTheEpoch() {
        EngineSetup.start();
        TrainingProfile.Result profile =
                TrainingProfile.measure(ArchitectureId.COMPACT, TestData.train(), TestData.test(), Device.cpu(), 1, 3);

        double shares = 0;
        for (TrainingProfile.Phase phase : TrainingProfile.Phase.values()) {
            assertTrue(profile.secondsPerEpoch().get(phase) > 0, phase + " was not timed");
            shares += profile.share(phase);
        }
        assertEquals(1.0, shares, 1e-9);
        assertEquals(TestData.train().size(), profile.trainingImagesPerEpoch());
        assertEquals(TestData.test().size(), profile.testImages());
        // 4.8 M multiply-accumulates forward, so about 28 MFLOP per training image.
        assertEquals(28.5e6, profile.trainingFlopsPerImage(), 0.5e6);
        assertTrue(profile.computeGflops() > profile.epochGflops(), "compute phases alone run faster");
        assertTrue(profile.preparationMillisPerBatch() > 0);
    }

    @Test
    void theMatMulCeilingIsARate() {
        EngineSetup.start();
        MatMulCeiling.Result ceiling = MatMulCeiling.measure(256, 3);

        assertEquals(256, ceiling.size());
        assertTrue(ceiling.medianGflops() > 0.01, "median " + ceiling.medianGflops());
        assertTrue(ceiling.bestGflops() >= ceiling.medianGflops());
        // Both kernels timed; the ceiling is the faster one's.
        assertEquals(List.of(MatMulCeiling.MAT_MUL, MatMulCeiling.LINEAR),
                ceiling.kernels().stream().map(MatMulCeiling.Kernel::name).toList());
        double fastest = ceiling.kernels().stream().mapToDouble(MatMulCeiling.Kernel::bestGflops).max().orElseThrow();
        assertEquals(fastest, ceiling.bestGflops());
        assertTrue(ceiling.kernels().stream().anyMatch(k -> k.name().equals(ceiling.kernel())
                && k.bestGflops() == fastest));
    }
}
