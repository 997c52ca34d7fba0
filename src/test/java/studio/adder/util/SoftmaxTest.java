package studio.adder.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoftmaxTest {

    @Test
    void aRowOfABatchNeitherOverflowsNorLosesTheOrder() {
        float[] probabilities = Softmax.of(new float[] {9f, 1000f, 999f, -1000f}, 1, 3);
        assertEquals(3, probabilities.length);
        assertEquals(1f, probabilities[0] + probabilities[1] + probabilities[2], 1e-6f);
        assertEquals(1 / (1 + Math.exp(-1)), probabilities[0], 1e-6);
        assertEquals(0f, probabilities[2], 0f);
    }

    @Test
    void allLogitsAreTheWholeRow() {
        float[] logits = {0.5f, -2f, 3f};
        assertArrayEquals(Softmax.of(logits, 0, 3), Softmax.of(logits), 0f);
        assertEquals(Math.exp(3) / (Math.exp(0.5) + Math.exp(-2) + Math.exp(3)), Softmax.of(logits)[2], 1e-6);
    }
}
