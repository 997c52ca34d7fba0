package studio.adder.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.export.ExportFormat;
import studio.adder.ui.common.MessageDialogs;
import studio.adder.ui.common.UserMessage;

/** The export dialog offers every format with who it is for, and the finished export's snippet can be copied. */
@ExtendWith(ApplicationExtension.class)
class ExportChooserFxTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @Test
    void theFormatDialogOffersTheFourFormatsEachWithItsAudience(FxRobot robot) {
        AtomicReference<Dialog<ExportFormat>> shown = new AtomicReference<>();
        robot.interact(() -> {
            Dialog<ExportFormat> dialog = ExportChooser.formatDialog("Export the active model");
            dialog.initOwner(stage);
            dialog.show();
            shown.set(dialog);
        });
        Dialog<ExportFormat> dialog = shown.get();
        Node content = dialog.getDialogPane().getContent();
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton button = (RadioButton) content.lookup("#export-format-" + format.id());
            assertEquals(format.title(), button.getText());
            assertEquals(format == ExportFormat.DJL, button.isSelected(), "the DJL archive stays the default");
            Label audience = (Label) button.getParent().getChildrenUnmodifiable().get(1);
            assertEquals(format.audience(), audience.getText());
        }
        robot.interact(() -> ((RadioButton) content.lookup("#export-format-onnx")).setSelected(true));
        assertEquals(ExportFormat.ONNX, dialog.getResultConverter().call(ButtonType.NEXT), "Next takes the choice");
        assertEquals(null, dialog.getResultConverter().call(ButtonType.CANCEL), "Cancel takes none");
        robot.interact(dialog::close);
    }

    @Test
    void aMessageWithCodeShowsItReadOnlyWithACopyButton(FxRobot robot) {
        String snippet = "import onnxruntime as ort\nsession = ort.InferenceSession(\"m.onnx\")\n";
        robot.interact(() -> MessageDialogs.show(stage,
                UserMessage.news("Model exported", "'m' was exported to m.onnx.").withCode(snippet)));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea code = robot.lookup("#message-code").queryAs(TextArea.class);
        assertEquals(snippet, code.getText());
        assertFalse(code.isEditable());
        robot.interact(() -> robot.lookup("#copy-code").queryButton().fire());
        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(snippet, clipboard[0]);
        assertEquals("Copied", robot.lookup("#copy-code").queryButton().getText());
    }
}
