package studio.adder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class FigurePaletteTest {

    @Test
    void divergingRunsFromNegativeThroughPaperToPositiveAndClampsBeyond() {
        for (FigurePalette palette : List.of(FigurePalette.LIGHT, FigurePalette.DARK)) {
            assertEquals(palette.paper(), palette.diverging(0));
            assertEquals(palette.positive(), palette.diverging(1));
            assertEquals(palette.negative(), palette.diverging(-1));
            assertEquals(palette.positive(), palette.diverging(7));
            assertEquals(palette.heatHigh(), palette.heat(1.5));
            assertEquals(palette.heatLow(), palette.heat(-1));
        }
    }

    @Test
    void theDarkPaletteDrawsOnADarkPaperWithLightInk() {
        assertNotEquals(FigurePalette.LIGHT.paper(), FigurePalette.DARK.paper());
        assertTrue(FigurePalette.DARK.paper().getBrightness() < 0.3);
        assertTrue(FigurePalette.DARK.ink().getBrightness() > 0.7);
        assertTrue(FigurePalette.LIGHT.ink().getBrightness() < 0.3);
    }

    @Test
    void aPaletteNeedsOneLabelColourPerDigit() {
        FigurePalette light = FigurePalette.LIGHT;
        assertThrows(IllegalArgumentException.class, () -> new FigurePalette(light.paper(), light.ink(),
                light.muted(), light.positive(), light.negative(), light.highlight(), light.error(), light.heatLow(),
                light.heatHigh(), light.onHeat(), light.idle(), List.of(Color.RED)));
    }
}
