package studio.adder.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 20,000 x 20,000 PNG (1.6 GB as floats) is decoded every 10th pixel and still reads as a "1". */
class HugeImageTest {

    @Test
    void aHugePictureIsSubsampledWhileDecoding(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("panorama.png");
        HugePng.write(file, 20_000);
        assertTrue(Files.size(file) < 4_000_000, "small on disk: " + Files.size(file));

        GrayImage image = GrayImage.read(file);

        assertEquals(2_000, image.width(), "every 10th column");
        assertEquals(2_000, image.height(), "every 10th row");
        assertEquals(1f, image.ink(1_000, 1_000), 1e-6, "the bar is ink");
        assertEquals(0f, image.ink(100, 1_000), 1e-6, "the paper is not");
        assertTrue(MnistPreprocessor.toMnist(image).isPresent(), "the bar survives preparation");
    }

    @Test
    void ordinaryPicturesAreDecodedWhole() {
        assertEquals(1, GrayImage.subsamplingStep(4_000, 1_000));
        assertEquals(2, GrayImage.subsamplingStep(4_000, 4_000));
        assertEquals(10, GrayImage.subsamplingStep(20_000, 20_000));
    }
}
