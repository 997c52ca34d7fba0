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

    @Test
    void matchesAPlainBilinearAffineMap() {
        float[] image = new float[784];
        TestData.test().copyImage(5, image, 0);
        for (long seed = 1; seed <= 20; seed++) {
            float[] out = new float[784 + 3];
            new ImageAugmenter(25, 0.3, 5).augment(image, out, 3, new SplittableRandom(seed));
            float[] expected = reference(image, 25, 0.3, 5, new SplittableRandom(seed));
            for (int i = 0; i < 784; i++) {
                assertEquals(expected[i], out[3 + i], 1e-5, "seed " + seed + ", pixel " + i);
            }
        }
    }

    /** The textbook version: the same random draws, every source point computed from scratch. */
    private static float[] reference(float[] image, double degrees, double scaleChange, double shift,
            SplittableRandom random) {
        double angle = random.nextDouble(-Math.toRadians(degrees), Math.toRadians(degrees));
        double scale = 1 + random.nextDouble(-scaleChange, scaleChange);
        double shiftX = random.nextDouble(-shift, shift);
        double shiftY = random.nextDouble(-shift, shift);
        float[] out = new float[784];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double dx = x - 13.5 - shiftX;
                double dy = y - 13.5 - shiftY;
                double sx = (Math.cos(angle) * dx + Math.sin(angle) * dy) / scale + 13.5;
                double sy = (-Math.sin(angle) * dx + Math.cos(angle) * dy) / scale + 13.5;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                double fx = sx - x0;
                double fy = sy - y0;
                double top = at(image, x0, y0) * (1 - fx) + at(image, x0 + 1, y0) * fx;
                double bottom = at(image, x0, y0 + 1) * (1 - fx) + at(image, x0 + 1, y0 + 1) * fx;
                out[y * 28 + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }

    private static double at(float[] image, int x, int y) {
        return x < 0 || y < 0 || x >= 28 || y >= 28 ? 0 : image[y * 28 + x];
    }

    private static double sum(float[] values) {
        double total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
