package studio.adder.model;

/** A model folder or archive that cannot be used, with a message a user can act on. */
public class ModelLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem without an underlying exception. */
    public ModelLoadException(String message) {
        super(message);
    }

    /** A problem caused by {@code cause}; the cause goes to the log, the message to the user. */
    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
