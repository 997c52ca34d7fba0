package studio.adder.cli;

/** A command-line failure whose message is meant for the user as it is. */
public class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described in one sentence. */
    public CliException(String message) {
        super(message);
    }
}
