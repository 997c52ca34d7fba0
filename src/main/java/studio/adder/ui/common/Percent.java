package studio.adder.ui.common;

import java.util.Locale;

/** How the app writes a fraction for people: one decimal and a spaced percent sign, "99.2 %". */
public final class Percent {

    private Percent() {
    }

    /** {@code fraction} (0..1) as "99.2 %". */
    public static String of(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }
}
