package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;

class ImageAugmenterTest {

    @Test
    void zeroLimitsCopyTheImage() {
        float[] image = new float[784];
        TestData.test().copyImage(0, image, 0);
        float[] out = new float[784];
        new ImageAugmenter(0, 0, 0).augment(image, out, 0, new SplittableRandom(1));
        assertArrayEquals(image, out, 1e-6f);
    }

    @Test
    void augmentationMovesInkButKeepsMostOfIt() {
        float[] image = new float[784];
        TestData.test().copyImage(0, image, 0);
        float[] out = new float[784];
        new ImageAugmenter().augment(image, out, 0, new SplittableRandom(3));
        double inkBefore = sum(image);
        double inkAfter = sum(out);
        assertEquals(inkBefore, inkAfter, inkBefore * 0.3, "a small affine change keeps ink within 30%");
        double difference = 0;
        for (int i = 0; i < 784; i++) {
            difference += Math.abs(image[i] - out[i]);
        }
        assertTrue(difference > 1, "the image should change");
    }

    private static double sum(float[] values) {
        double total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
