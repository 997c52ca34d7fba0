package studio.adder.ui.train;

/** Round steps for an axis's ticks: 1, 2 or 5 times a power of ten. */
final class TickSteps {

    private static final double[] MANTISSAS = {1, 2, 5};

    private TickSteps() {}

    /** The smallest round step that covers {@code span} in at most {@code maxTicks} steps. */
    static double roundStep(double span, int maxTicks) {
        if (!(span > 0) || maxTicks < 1) {
            throw new IllegalArgumentException("need a positive span and tick count, got " + span + ", " + maxTicks);
        }
        double rough = span / maxTicks;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double mantissa : MANTISSAS) {
            if (mantissa * power >= rough * (1 - 1e-9)) {
                return mantissa * power;
            }
        }
        return 10 * power;
    }
}
