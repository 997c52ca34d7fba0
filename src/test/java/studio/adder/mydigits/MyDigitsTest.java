package studio.adder.mydigits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.preprocess.GrayImage;

/** The example store on a temporary home: layout, round trips, corrections, import and export. */
class MyDigitsTest {

    @TempDir
    Path home;

    private MyDigits store() {
        return new MyDigits(home.resolve("my-digits"), Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void keptDrawingsLandInImageFolderLayoutWithTheirOriginalsBeside() throws Exception {
        MyDigits store = store();
        float[] input = mnistImage(0);
        GrayImage original = new GrayImage(280, 280, new float[280 * 280]);
        Example first = store.keep(7, input, original);
        Example second = store.keep(7, input, null);

        assertEquals(home.resolve("my-digits/7/20261130-120000-000.png"), first.input());
        assertEquals(home.resolve("my-digits/7/20261130-120000-000-2.png"), second.input(), "same time, new name");
        assertEquals(home.resolve("my-digits-originals/7/20261130-120000-000.png"), first.original());
        BufferedImage small = ImageIO.read(first.input().toFile());
        assertEquals(28, small.getWidth());
        assertEquals(28, small.getHeight());
        assertEquals(280, ImageIO.read(first.original().toFile()).getWidth());
        assertArrayEquals(input, ExampleImages.readInput(first.input()), 0.5f / 255, "8-bit round trip");
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 2, 0, 0}, store.counts());
        assertTrue(store.list(7).contains(first), "listed with its original: " + store.list(7));
        assertTrue(store.list(7).contains(second), "listed without an original: " + store.list(7));
        try (var files = Files.list(home.resolve("my-digits/7"))) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void movingAndDeletingKeepInputAndOriginalTogether() throws Exception {
        MyDigits store = store();
        Example kept = store.keep(7, mnistImage(0), new GrayImage(280, 280, new float[280 * 280]));
        Example moved = store.move(kept, 1);

        assertEquals(1, moved.digit());
        assertTrue(Files.exists(moved.input()));
        assertTrue(Files.exists(moved.original()));
        assertFalse(Files.exists(home.resolve("my-digits/7")), "an empty digit folder is removed (PyTorch refuses them)");
        assertEquals(List.of(moved), store.list(1));

        store.delete(moved);
        assertEquals(0, store.size());
        assertFalse(Files.exists(moved.original()));
    }

    @Test
    void importTakesAnyPictureSkipsBadOnesAndExportWritesTheSameLayout() throws Exception {
        Path shared = home.resolve("class-set");
        Files.createDirectories(shared.resolve("3"));
        Files.createDirectories(shared.resolve("4"));
        ExampleImages.writeInput(shared.resolve("3/small.png"), mnistImage(0));
        BufferedImage big = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
        var g = big.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 300);
        g.setColor(Color.BLACK);
        g.fillRect(90, 30, 20, 240);
        g.dispose();
        ImageIO.write(big, "png", shared.resolve("4/photo of a one.png").toFile());
        Files.writeString(shared.resolve("4/broken.png"), "not a picture");
        Files.writeString(shared.resolve("4/notes.txt"), "ignored, as ImageFolder readers do");

        MyDigits store = store();
        ImportReport report = store.importFrom(shared);

        assertEquals(2, report.total());
        assertEquals(1, report.skipped().size());
        assertTrue(report.skipped().get(0).contains("broken.png"), report.skipped().get(0));
        assertEquals("photo_of_a_one.png", store.list(4).get(0).name());
        assertNotNull(store.list(4).get(0).original(), "a large picture keeps its original");
        assertNull(store.list(3).get(0).original(), "a 28x28 picture is an input already");

        Path exported = home.resolve("export");
        assertEquals(2, store.exportTo(exported));
        ExampleSet set = ExampleFolder.read(exported);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, set.perDigit());
        assertArrayEquals(mnistImage(0), pixels(set, 0), 0.5f / 255);
    }

    @Test
    void badFoldersGetSentences() throws Exception {
        String missing = assertThrows(ExampleFolderException.class,
                () -> ExampleFolder.read(home.resolve("nowhere"))).getMessage();
        assertTrue(missing.contains("does not exist"), missing);

        Files.createDirectories(home.resolve("animals/cats"));
        String noDigits = assertThrows(ExampleFolderException.class,
                () -> ExampleFolder.read(home.resolve("animals"))).getMessage();
        assertTrue(noDigits.contains("no digit folders") && noDigits.contains("cats"), noDigits);

        Files.createDirectories(home.resolve("empty/5"));
        String empty = assertThrows(ExampleFolderException.class,
                () -> ExampleFolder.read(home.resolve("empty"))).getMessage();
        assertTrue(empty.contains("hold no pictures"), empty);

        Files.writeString(home.resolve("empty/5/bad.png"), "garbage");
        String unreadable = assertThrows(ExampleFolderException.class,
                () -> ExampleFolder.read(home.resolve("empty"))).getMessage();
        assertTrue(unreadable.contains("bad.png") && unreadable.contains("Remove or replace it"), unreadable);
    }

    static float[] mnistImage(int index) {
        float[] pixels = new float[784];
        TestData.test().copyImage(index, pixels, 0);
        return pixels;
    }

    private static float[] pixels(ExampleSet set, int index) {
        float[] pixels = new float[784];
        set.data().copyImage(index, pixels, 0);
        return pixels;
    }
}
