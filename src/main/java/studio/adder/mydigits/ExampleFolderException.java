package studio.adder.mydigits;

/** A folder of examples that cannot be used, with a sentence saying why and what to do. */
public final class ExampleFolderException extends IllegalArgumentException {

    /** The problem in words fit to show the user. */
    public ExampleFolderException(String message) {
        super(message);
    }

    /** The problem in words, with its cause for the log. */
    public ExampleFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
