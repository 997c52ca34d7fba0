package studio.adder.ui.train;

/** The curves each chart draws, in drawing order, with their legend text and colour. */
public enum CurveKind {
    DIGIT_RAW("", "#4c8ed9", true),
    SUM_RAW("", "#e8893a", true),
    DIGIT_TRAIN("Digit head · train", "#1f66b8", false),
    SUM_TRAIN("Sum head · train", "#d0660f", false),
    DIGIT_TEST("Digit head · test", "#0b2f66", false),
    SUM_TEST("Sum head · test", "#7a3300", false),
    DIGIT_COMPARED("Digit head · compared run", "#7d55a8", false),
    SUM_COMPARED("Sum head · compared run", "#2e9a4a", false),
    DIGIT_EXAMPLES("Digit head · my digits", "#0f8b8d", false),
    SUM_EXAMPLES("Sum head · my digits", "#b5179e", false);

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

    /** CSS colour. */
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
