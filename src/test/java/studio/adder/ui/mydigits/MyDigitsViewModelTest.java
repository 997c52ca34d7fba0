package studio.adder.ui.mydigits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.mydigits.MyDigits;
import studio.adder.ui.common.ImmediateRunner;

/** The examples' view model over a temporary store, with the synchronous runner. */
class MyDigitsViewModelTest {

    @TempDir
    Path home;

    @Test
    void keepMoveDeleteAndExportUpdateTilesAndCounts() throws Exception {
        MyDigitsViewModel model = new MyDigitsViewModel(new ImmediateRunner(), new MyDigits(home.resolve("my-digits")));
        model.refresh();
        assertEquals("No examples yet.", model.summaryProperty().get());

        model.keep(7, () -> image(0), () -> null);
        model.keep(7, () -> image(1), () -> null);
        model.keep(1, () -> image(2), () -> null);
        assertEquals(3, model.totalProperty().get());
        assertArrayEquals(new int[] {0, 1, 0, 0, 0, 0, 0, 2, 0, 0}, model.countsProperty().get());
        assertEquals("3 examples: 1 ×1, 7 ×2", model.summaryProperty().get());
        assertEquals(1, model.lastKeptProperty().get().digit());

        ExampleTile seven = model.examples().stream().filter(t -> t.digit() == 7).findFirst().orElseThrow();
        assertArrayEquals(image(0), seven.pixels(), 0.5f / 255);
        model.select(seven);
        model.moveSelected(1);
        assertArrayEquals(new int[] {0, 2, 0, 0, 0, 0, 0, 1, 0, 0}, model.countsProperty().get());
        assertNull(model.selectedProperty().get(), "the moved tile is no longer where it was");

        model.select(model.examples().get(0));
        model.deleteSelected();
        assertEquals(2, model.totalProperty().get());

        model.exportTo(home.resolve("shared"));
        assertTrue(model.messageProperty().get().text().contains("Wrote 2 examples"), model.messageProperty().get().text());
        try (var digits = Files.list(home.resolve("shared"))) {
            assertEquals(2, digits.count(), "one folder per digit with examples");
        }
    }

    @Test
    void aDrawingWithoutInkIsNotKeptAndSaysWhy() {
        MyDigitsViewModel model = new MyDigitsViewModel(new ImmediateRunner(), new MyDigits(home.resolve("my-digits")));
        model.keep(3, () -> null, () -> null);
        assertEquals(0, model.totalProperty().get());
        assertTrue(model.messageProperty().get().problem());
        assertTrue(model.messageProperty().get().text().contains("no ink"));
    }

    private static float[] image(int index) {
        float[] pixels = new float[784];
        TestData.test().copyImage(index, pixels, 0);
        return pixels;
    }
}
