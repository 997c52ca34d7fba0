package studio.adder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every batch holds its share of examples; every MNIST image comes once per epoch. */
class MixingSamplerTest {

    @Test
    void everyBatchHoldsTheExamplesShareAndEveryMnistImageComesOnce() {
        MixingSampler sampler = new MixingSampler(128, 1000, 10, 0.25, 7);
        assertEquals(32, sampler.extraPerBatch());
        assertEquals(11, sampler.batchesPerEpoch(), "1,000 MNIST images, 96 per batch");
        int[] seen = new int[1010];
        List<List<Long>> epoch = drain(sampler.sample(null));
        assertEquals(11, epoch.size());
        for (List<Long> batch : epoch) {
            assertEquals(32, batch.stream().filter(i -> i >= 1000).count(), "examples in " + batch);
            batch.forEach(i -> seen[Math.toIntExact(i)]++);
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(1, seen[i], "MNIST image " + i);
        }
        for (int i = 1000; i < 1010; i++) {
            // 11 batches x 32 = 352 draws over 10 examples, reshuffled after each full pass: 35 or 36 each.
            assertTrue(seen[i] == 35 || seen[i] == 36, "example " + i + " drawn " + seen[i] + " times");
        }
        assertEquals(1000 + 11 * 32, sampler.imagesPerEpoch());
        assertNotEquals(epoch, drain(sampler.sample(null)), "the next epoch has a new order");
    }

    @Test
    void aShareOutsideTheOpenIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MixingSampler(128, 1000, 10, 1.0, 7));
        assertThrows(IllegalArgumentException.class, () -> new MixingSampler(128, 1000, 0, 0.25, 7));
    }

    private static List<List<Long>> drain(Iterator<List<Long>> batches) {
        List<List<Long>> all = new ArrayList<>();
        batches.forEachRemaining(all::add);
        return all;
    }
}
