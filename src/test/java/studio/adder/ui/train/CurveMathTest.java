package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurveMathTest {

    @Test
    void deBiasedSmoothingStartsAtTheFirstValueAndKeepsConstants() {
        assertArrayEquals(new double[] {5, 5, 5}, CurveMath.smooth(new double[] {5, 5, 5}, 0.9), 1e-12);
        double[] smoothed = CurveMath.smooth(new double[] {0, 10}, 0.5);
        assertEquals(0, smoothed[0], 1e-12);
        // (0.5 * 0.5 * 0 + 0.5 * 10) / (1 - 0.25): the de-biased mean leans towards the newer value.
        assertEquals(5 / 0.75, smoothed[1], 1e-12);
        assertArrayEquals(new double[] {1, 4, 2}, CurveMath.smooth(new double[] {1, 4, 2}, 0), 1e-12);
    }

    @Test
    void downsamplingKeepsEndsPeaksAndTheRequestedCount() {
        int size = 10_000;
        double[] xs = new double[size];
        double[] ys = new double[size];
        for (int i = 0; i < size; i++) {
            xs[i] = i;
            ys[i] = i == 5_000 ? 100 : 1;
        }
        List<CurvePoint> points = CurveMath.downsample(xs, ys, 500);
        assertEquals(500, points.size());
        assertEquals(new CurvePoint(0, 1), points.get(0));
        assertEquals(new CurvePoint(size - 1, 1), points.get(499));
        assertEquals(1, points.stream().filter(p -> p.y() == 100).count(), "the spike survives");
        assertEquals(3, CurveMath.downsample(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 500).size());
    }
}
