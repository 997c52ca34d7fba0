package studio.adder.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrokeRasterizerTest {

    @Test
    void aSinglePointIsAPenSizedDot() {
        GrayImage image = StrokeRasterizer.render(List.of(Stroke.of(10f, 50, 40)), 100, 80);
        InkMeasurements dot = InkMeasurements.of(padToSquare(image), 100);

        assertEquals(Math.PI * 25, dot.inkSum(), Math.PI * 25 * 0.1, "area of a 10 px dot");
        assertEquals(49.5, dot.centreX(), 0.5);
        assertEquals(39.5, dot.centreY(), 0.5);
        assertEquals(1f, image.ink(50, 40), 1e-6);
    }

    @Test
    void aRepeatedPointIsAlsoADot() {
        GrayImage image = StrokeRasterizer.render(List.of(Stroke.of(10f, 50, 40, 50, 40)), 100, 80);

        assertEquals(1f, image.ink(50, 40), 1e-6);
    }

    @Test
    void aLineIsWhiteInkOnBlackWithRoundCaps() {
        GrayImage image = StrokeRasterizer.render(List.of(Stroke.of(4f, 10, 50, 90, 50)), 100, 100);
        double sum = 0;
        for (float value : image.pixels()) {
            sum += value;
        }

        double expected = 80 * 4 + Math.PI * 4;
        assertEquals(expected, sum, expected * 0.05);
        assertEquals(1f, image.ink(50, 49), 1e-6);
        assertEquals(0f, image.ink(50, 40), 1e-6);
        assertEquals(0f, image.ink(0, 0), 1e-6);
        assertTrue(image.ink(8, 49) > 0.5f, "the round cap reaches past the end point");
    }

    @Test
    void cutsCornersWithCurvesInsteadOfJoiningSamplesWithStraightLines() {
        // Samples (10,50) (50,10) (90,50): a polyline would peak at (50,10); the quadratic through the midpoint
        // (70,30) with (50,10) as control point passes (45,25) halfway instead.
        GrayImage image = StrokeRasterizer.render(List.of(Stroke.of(2f, 10, 50, 50, 10, 90, 50)), 100, 100);

        assertTrue(strongestNear(image, 45, 25) > 0.5f, "the curve passes (45,25)");
        assertEquals(0f, strongestNear(image, 50, 12), 1e-6, "no ink at the sharp corner");
    }

    private static float strongestNear(GrayImage image, int x, int y) {
        float strongest = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                strongest = Math.max(strongest, image.ink(x + dx, y + dy));
            }
        }
        return strongest;
    }

    @Test
    void rejectsAnEmptyCanvas() {
        assertThrows(IllegalArgumentException.class, () -> StrokeRasterizer.render(List.of(), 0, 10));
    }

    private static float[] padToSquare(GrayImage image) {
        int side = Math.max(image.width(), image.height());
        float[] square = new float[side * side];
        for (int y = 0; y < image.height(); y++) {
            System.arraycopy(image.pixels(), y * image.width(), square, y * side, image.width());
        }
        return square;
    }
}
