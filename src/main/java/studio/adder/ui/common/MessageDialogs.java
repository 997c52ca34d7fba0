package studio.adder.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows a {@link UserMessage} as an owned, non-blocking dialog, with its code in a copyable box. */
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
        if (!message.code().isEmpty()) {
            alert.getDialogPane().setContent(withCode(message));
            alert.setResizable(true);
        }
        if (owner != null) {
            alert.initOwner(owner);
        }
        // Not showAndWait: messages arrive from runner callbacks, which must not block.
        alert.show();
    }

    private static VBox withCode(UserMessage message) {
        Label text = new Label(message.text());
        text.setWrapText(true);
        TextArea code = new TextArea(message.code());
        code.setId("message-code");
        code.setEditable(false);
        code.setStyle("-fx-font-family: monospace;");
        code.setPrefColumnCount(84);
        code.setPrefRowCount(Math.min(16, (int) message.code().lines().count() + 1));
        Button copy = new Button("Copy code");
        copy.setId("copy-code");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(message.code());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        return new VBox(8, text, new Label("Load it and predict one picture:"), code, copy);
    }
}
