package studio.adder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;

/** The throughput probes train what they say (a functional check, not a timing). */
class ThroughputTest {

    @BeforeAll
    static void startEngine() {
        EngineSetup.start();
    }

    @Test
    void anEpochCountsEveryImageOfTheLimitAndEachWindow() {
        // The default recipe's batches of 256: 512 images are two batches, one per window.
        EpochThroughput epoch = EpochThroughput.measure(ArchitectureId.COMPACT, TestData.train(),
                new Device[] {Device.cpu()}, 512, 1);

        assertEquals(512, epoch.images());
        assertEquals(2, epoch.windowImagesPerSecond().size());
        assertTrue(epoch.imagesPerSecond() > 0 && epoch.seconds() > 0);
    }

    @Test
    void theStepRateIsARate() {
        double rate = TrainingThroughput.measure(ArchitectureId.COMPACT, TestData.train(), Device.cpu(), 1, 1);

        assertTrue(rate > 0 && Double.isFinite(rate), "rate " + rate);
    }
}
