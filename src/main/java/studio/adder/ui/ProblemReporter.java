package studio.adder.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an exception nobody caught is logged once with its stack trace and
 * shown to the user as one human sentence in a dialog owned by the main window.
 */
public final class ProblemReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemReporter.class);

    private final Supplier<Window> owner;

    /** Reports over the window {@code owner} supplies (may supply null before it exists). */
    public ProblemReporter(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Installs this reporter for every thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on thread {}", thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR,
                "Something went wrong that Adder Studio did not expect"
                        + (error.getMessage() == null ? "." : ": " + error.getMessage())
                        + "\nYour drawing is still there; the details are in the log.");
        alert.setHeaderText("Unexpected problem");
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.show();
    }
}
