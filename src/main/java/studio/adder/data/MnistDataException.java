package studio.adder.data;

/**
 * A problem with MNIST files that a user can run into and fix: a missing, damaged or unexpected file.
 *
 * <p>The message is always a short sentence meant to be shown as is: it names the file and says what is wrong.
 */
public class MnistDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MnistDataException(String message) {
        super(message);
    }

    public MnistDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
