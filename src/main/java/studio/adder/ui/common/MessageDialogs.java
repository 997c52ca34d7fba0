package studio.adder.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Shows a {@link UserMessage} as an owned, non-blocking dialog. */
public final class MessageDialogs {

    private MessageDialogs() {
    }

    /** Shows {@code message} over {@code owner} (may be null); does nothing for a null message. */
    public static void show(Window owner, UserMessage message) {
        if (message == null) {
            return;
        }
        Alert alert = new Alert(message.problem() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION,
                message.text());
        alert.setHeaderText(message.title());
        if (owner != null) {
            alert.initOwner(owner);
        }
        // Not showAndWait: messages arrive from runner callbacks, which must not block.
        alert.show();
    }
}
