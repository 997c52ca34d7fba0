package studio.adder.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Hands a background result or failure to the FX thread, unwrapped to the error that matters. */
final class FxDelivery {

    private FxDelivery() {}

    static <T> void success(T result, Consumer<T> onSuccess) {
        Platform.runLater(() -> onSuccess.accept(result));
    }

    static void failure(Throwable error, Consumer<Throwable> onFailure) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        Throwable reported = cause;
        Platform.runLater(() -> onFailure.accept(reported));
    }
}
