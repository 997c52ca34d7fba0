package studio.adder.ui.draw;

/**
 * Something the user must read: a short title and one or two human sentences. Compared by
 * identity on purpose, so the same failure twice in a row is reported twice.
 */
public final class UserMessage {

    private final String title;
    private final String text;

    /** A message with a title and a human sentence. */
    public UserMessage(String title, String text) {
        this.title = title;
        this.text = text;
    }

    /** A few words for the dialog's header. */
    public String title() {
        return title;
    }

    /** What happened and what to do, in plain words. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return title + ": " + text;
    }
}
