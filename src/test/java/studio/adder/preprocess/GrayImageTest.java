package studio.adder.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrayImageTest {

    @TempDir
    Path folder;

    @Test
    void darkInkOnLightPaperBecomesInk() {
        GrayImage image = GrayImage.fromBufferedImage(square(BufferedImage.TYPE_INT_RGB, Color.WHITE, Color.BLACK));

        assertEquals(1f, image.ink(10, 10), 1e-6);
        assertEquals(0f, image.ink(1, 1), 1e-6);
    }

    @Test
    void lightInkOnDarkPaperBecomesInkToo() {
        GrayImage image = GrayImage.fromBufferedImage(square(BufferedImage.TYPE_INT_RGB, Color.BLACK, Color.WHITE));

        assertEquals(1f, image.ink(10, 10), 1e-6);
        assertEquals(0f, image.ink(1, 1), 1e-6);
    }

    @Test
    void tintedPaperCountsAsNoInk() {
        GrayImage image = GrayImage.fromBufferedImage(
                square(BufferedImage.TYPE_INT_RGB, new Color(230, 220, 190), new Color(20, 20, 90)));

        assertEquals(0f, image.ink(1, 1), 1e-6);
        assertTrue(image.ink(10, 10) > 0.85f);
    }

    @Test
    void grayImagesKeepTheirMidTones() {
        GrayImage image = GrayImage.fromBufferedImage(
                square(BufferedImage.TYPE_BYTE_GRAY, Color.WHITE, new Color(128, 128, 128)));

        assertEquals(127 / 255f, image.ink(10, 10), 0.01, "no gamma brightening of gray samples");
    }

    @Test
    void indexedColourImagesAreRead() {
        GrayImage image = GrayImage.fromBufferedImage(
                square(BufferedImage.TYPE_BYTE_BINARY, Color.WHITE, Color.BLACK));

        assertEquals(1f, image.ink(10, 10), 1e-6);
        assertEquals(0f, image.ink(1, 1), 1e-6);
    }

    @Test
    void transparentAreasArePaperWhateverColourTheyHide() {
        // Transparent black around black ink: compositing on black would hide the digit entirely.
        BufferedImage darkInk = square(BufferedImage.TYPE_INT_ARGB, new Color(0, 0, 0, 0), Color.BLACK);
        BufferedImage lightInk = square(BufferedImage.TYPE_INT_ARGB, new Color(0, 0, 0, 0), Color.WHITE);

        for (BufferedImage picture : new BufferedImage[] {darkInk, lightInk}) {
            GrayImage image = GrayImage.fromBufferedImage(picture);
            assertEquals(1f, image.ink(10, 10), 1e-6);
            assertEquals(0f, image.ink(1, 1), 1e-6);
        }
    }

    @Test
    void halfTransparentInkIsHalfInk() {
        GrayImage image = GrayImage.fromBufferedImage(
                square(BufferedImage.TYPE_INT_ARGB, new Color(255, 255, 255, 0), new Color(0, 0, 0, 128)));

        assertEquals(0.5f, image.ink(10, 10), 0.01);
    }

    @Test
    void readsAPngFileLikeTheDecodedImage() throws IOException {
        BufferedImage picture = square(BufferedImage.TYPE_INT_RGB, Color.WHITE, Color.BLACK);
        Path file = folder.resolve("digit.png");
        ImageIO.write(picture, "png", file.toFile());

        assertEquals(GrayImage.fromBufferedImage(picture), GrayImage.read(file));
    }

    @Test
    void readsJpegAndBmpFiles() throws IOException {
        BufferedImage picture = square(BufferedImage.TYPE_INT_RGB, Color.WHITE, Color.BLACK);
        for (String format : new String[] {"jpg", "bmp", "gif"}) {
            Path file = folder.resolve("digit." + format);
            ImageIO.write(picture, format, file.toFile());

            GrayImage image = GrayImage.read(file);
            assertTrue(image.ink(10, 10) > 0.9f, format);
            assertTrue(image.ink(1, 1) < 0.1f, format);
        }
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path missing = folder.resolve("no-such-digit.png");

        ImageReadException error = assertThrows(ImageReadException.class, () -> GrayImage.read(missing));

        assertTrue(error.getMessage().contains("no-such-digit.png"), error.getMessage());
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertEquals(missing, error.file());
    }

    @Test
    void aFileThatIsNotAnImageIsReportedByName() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.png"), "this is not a picture");

        ImageReadException error = assertThrows(ImageReadException.class, () -> GrayImage.read(text));

        assertTrue(error.getMessage().contains("notes.png"), error.getMessage());
        assertTrue(error.getMessage().contains("not an image"), error.getMessage());
    }

    @Test
    void aTruncatedImageIsReportedAsDamaged() throws IOException {
        Path whole = folder.resolve("whole.png");
        ImageIO.write(square(BufferedImage.TYPE_INT_RGB, Color.WHITE, Color.BLACK), "png", whole.toFile());
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(folder.resolve("truncated.png"), Arrays.copyOf(bytes, bytes.length / 2));

        ImageReadException error = assertThrows(ImageReadException.class, () -> GrayImage.read(truncated));

        assertTrue(error.getMessage().contains("truncated.png"), error.getMessage());
        assertTrue(error.getMessage().contains("damaged"), error.getMessage());
    }

    @Test
    void aFolderIsNotAnImage() {
        ImageReadException error = assertThrows(ImageReadException.class, () -> GrayImage.read(folder));

        assertTrue(error.getMessage().contains("folder"), error.getMessage());
    }

    @Test
    void rejectsPixelCountsThatDoNotMatchTheSize() {
        assertThrows(IllegalArgumentException.class, () -> new GrayImage(2, 2, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> new GrayImage(0, 2, new float[0]));
    }

    @Test
    void comparesByContent() {
        GrayImage image = new GrayImage(2, 1, new float[] {0f, 1f});

        assertEquals(image, new GrayImage(2, 1, new float[] {0f, 1f}));
        assertEquals(image.hashCode(), new GrayImage(2, 1, new float[] {0f, 1f}).hashCode());
        assertArrayEquals(new float[] {0f, 1f}, image.pixels());
        assertEquals("GrayImage[2x1]", image.toString());
    }

    /** A 20x20 picture of the given paper colour with an 8x8 block of ink in the middle. */
    private static BufferedImage square(int type, Color paper, Color ink) {
        BufferedImage picture = new BufferedImage(20, 20, type);
        Graphics2D graphics = picture.createGraphics();
        graphics.setComposite(AlphaComposite.Src);
        graphics.setColor(paper);
        graphics.fillRect(0, 0, 20, 20);
        graphics.setColor(ink);
        graphics.fillRect(6, 6, 8, 8);
        graphics.dispose();
        return picture;
    }
}
