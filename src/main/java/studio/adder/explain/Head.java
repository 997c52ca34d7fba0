package studio.adder.explain;

/** Which of the network's two answers an explanation is about. */
public enum Head {
    /** The digit head: classes 0-9. */
    DIGIT,
    /** The sum head: classes 0-18 (digit + number). */
    SUM;

    /** The number of classes this head answers with. */
    public int classes() {
        return this == DIGIT ? 10 : 19;
    }
}
