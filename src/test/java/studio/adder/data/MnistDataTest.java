package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MnistDataTest {

    @Test
    void copyImageScalesPixelsToUnitRangeAtTheOffset() {
        byte[] pixels = new byte[2 * 784];
        pixels[784] = (byte) 255;
        pixels[784 + 1] = (byte) 51;
        MnistData data = MnistData.of(new IdxImages(2, 28, 28, pixels), new IdxLabels(2, new byte[] {3, 8}));
        float[] batch = new float[3 + 784];

        data.copyImage(1, batch, 3);

        assertEquals(1.0f, batch[3]);
        assertEquals(0.2f, batch[4], 1e-6);
        assertEquals(0.0f, batch[5]);
        assertEquals(0.0f, batch[2]);
        assertEquals(8, data.label(1));
        assertEquals(2, data.size());
        assertFalse(data.official());
    }

    @Test
    void copyImageRefusesABufferThatIsTooSmall() {
        MnistData data = MnistData.of(IdxReaderTest.randomImages(1, 1), IdxReaderTest.randomLabels(1, 1));

        assertThrows(IndexOutOfBoundsException.class, () -> data.copyImage(0, new float[784], 1));
        assertThrows(IndexOutOfBoundsException.class, () -> data.copyImage(1, new float[784], 0));
    }

    @Test
    void imagesAndLabelsMustHaveTheSameCount() {
        assertThrows(IllegalArgumentException.class,
                () -> MnistData.of(IdxReaderTest.randomImages(2, 1), IdxReaderTest.randomLabels(3, 1)));
    }

    @Test
    void officialSizesMatchTheKnownFileLengths() {
        assertEquals(47_040_016L, MnistSplit.TRAIN.officialSize("train-images-idx3-ubyte"));
        assertEquals(10_008L, MnistSplit.TEST.officialSize("t10k-labels-idx1-ubyte"));
        assertThrows(IllegalArgumentException.class, () -> MnistSplit.TEST.officialSize("train-labels-idx1-ubyte"));
    }
}
