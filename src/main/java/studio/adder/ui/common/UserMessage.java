package studio.adder.ui.common;

/**
 * Something the user must read: a short title and one or two human sentences, either news (an
 * export finished) or a problem. Compared by identity on purpose, so the same failure twice in a
 * row is reported twice.
 */
public final class UserMessage {

    private final String title;
    private final String text;
    private final boolean problem;
    private final String code;

    /** A problem with a title and a human sentence. */
    public UserMessage(String title, String text) {
        this(title, text, true, "");
    }

    private UserMessage(String title, String text, boolean problem, String code) {
        this.title = title;
        this.text = text;
        this.problem = problem;
        this.code = code;
    }

    /** This message with a piece of code the user may copy (an export's snippet). */
    public UserMessage withCode(String snippet) {
        return new UserMessage(title, text, problem, snippet == null ? "" : snippet);
    }

    /** Code to show in a copyable box below the text; empty for none. */
    public String code() {
        return code;
    }

    /** Good news: something the user asked for has finished. */
    public static UserMessage news(String title, String text) {
        return new UserMessage(title, text, false, "");
    }

    /** A few words for the dialog's header. */
    public String title() {
        return title;
    }

    /** What happened and what to do, in plain words. */
    public String text() {
        return text;
    }

    /** Whether something went wrong (a warning) rather than finished (information). */
    public boolean problem() {
        return problem;
    }

    /** The text of a failure for users: its message, or its kind when it has none. */
    public static String describe(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank()
                ? "Something went wrong (" + error.getClass().getSimpleName() + ")." : text;
    }

    @Override
    public String toString() {
        return title + ": " + text;
    }
}
