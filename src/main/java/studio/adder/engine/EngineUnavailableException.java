package studio.adder.engine;

/** The chosen engine cannot start in this build or on this machine; the message says why and what to do. */
public final class EngineUnavailableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An engine problem described in {@code message}, a sentence for the user. */
    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An engine problem described in {@code message}. */
    public EngineUnavailableException(String message) {
        super(message);
    }
}
