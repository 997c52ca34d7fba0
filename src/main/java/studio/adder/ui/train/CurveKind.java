package studio.adder.ui.train;

/**
 * The curves each chart draws, in drawing order, with their legend text and colour: one of
 * AtlantaFX's looked-up colours, so the curves follow the light and the dark theme.
 */
public enum CurveKind {
    DIGIT_RAW("", "-color-accent-fg", true),
    SUM_RAW("", "-color-chart-1", true),
    DIGIT_TRAIN("Digit head · train", "-color-accent-fg", false),
    SUM_TRAIN("Sum head · train", "-color-chart-1", false),
    DIGIT_TEST("Digit head · test", "-color-accent-emphasis", false),
    SUM_TEST("Sum head · test", "-color-warning-fg", false),
    DIGIT_COMPARED("Digit head · compared run", "-color-chart-6", false),
    SUM_COMPARED("Sum head · compared run", "-color-chart-3", false),
    DIGIT_EXAMPLES("Digit head · my digits", "-color-chart-4", false),
    SUM_EXAMPLES("Sum head · my digits", "-color-chart-7", false);

    private final String label;
    private final String color;
    private final boolean raw;

    CurveKind(String label, String color, boolean raw) {
        this.label = label;
        this.color = color;
        this.raw = raw;
    }

    /** Legend text; empty for the faint raw curves, which the smoothed ones already name. */
    public String label() {
        return label;
    }

    /** CSS colour: a looked-up colour of the theme. */
    public String color() {
        return color;
    }

    /** Whether this is a faint unsmoothed curve behind a smoothed one. */
    public boolean raw() {
        return raw;
    }

    /** Whether points are few (one per epoch) and get a marker with a tooltip. */
    public boolean marked() {
        return this == DIGIT_TEST || this == SUM_TEST || examples();
    }

    /** Whether this is the accuracy on the user's examples (fine-tuning runs only). */
    public boolean examples() {
        return this == DIGIT_EXAMPLES || this == SUM_EXAMPLES;
    }

    /** Whether the legend lists it only while it has points. */
    public boolean optional() {
        return compared() || examples();
    }

    /** Whether the line is dashed (another run). */
    public boolean compared() {
        return this == DIGIT_COMPARED || this == SUM_COMPARED;
    }
}
