package studio.adder.explain;

import java.util.Locale;

/** Which of the network's two answers an explanation is about. */
public enum Head {
    /** The digit head: classes 0-9. */
    DIGIT,
    /** The sum head: classes 0-18 (digit + number). */
    SUM;

    /** The head's name as users read it: "digit" or "sum". */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The number of classes this head answers with. */
    public int classes() {
        return this == DIGIT ? 10 : 19;
    }
}
