package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TickStepsTest {

    @Test
    void stepsAreRoundAndFitTheTickCount() {
        assertEquals(100, TickSteps.roundStep(705, 8));
        assertEquals(50, TickSteps.roundStep(450, 10));
        assertEquals(0.5, TickSteps.roundStep(3, 6));
        assertEquals(20_000, TickSteps.roundStep(180_000, 9));
        assertEquals(1, TickSteps.roundStep(10, 10), "an exact fit needs no bigger step");
        for (double span : new double[] {0.3, 7, 42, 705, 12_345, 180_000}) {
            for (int ticks = 1; ticks <= 20; ticks++) {
                double step = TickSteps.roundStep(span, ticks);
                assertTrue(span / step <= ticks * (1 + 1e-9), span + " in " + ticks + " steps of " + step);
                double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
                assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9
                        || Math.abs(mantissa - 5) < 1e-9, "round step " + step);
            }
        }
    }

    @Test
    void anEmptySpanHasNoStep() {
        assertThrows(IllegalArgumentException.class, () -> TickSteps.roundStep(0, 5));
    }
}
