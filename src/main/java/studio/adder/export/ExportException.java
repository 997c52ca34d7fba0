package studio.adder.export;

/** An export that could not be written; nothing was changed on disk. */
public class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described in one sentence for the user. */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
