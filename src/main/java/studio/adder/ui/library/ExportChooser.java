package studio.adder.ui.library;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import studio.adder.export.ExportFormat;
import studio.adder.ui.common.FileDialogs;

/**
 * Asks where a model goes: first the format (four choices, each with a line on who uses it), then
 * the file or folder name in the system's save dialog. Shared by File > Export model and the
 * training tab's Export model button.
 */
public final class ExportChooser {

    /**
     * The user's choice.
     *
     * @param format the format picked
     * @param target the path typed in the save dialog
     */
    public record Choice(ExportFormat format, Path target) {}

    private ExportChooser() {
    }

    /** Asks for format and target; empty when the user cancels either step. */
    public static Optional<Choice> ask(FileDialogs dialogs, Window owner, String title, String modelName) {
        return chooseFormat(owner, title).flatMap(format -> chooseTarget(dialogs, owner, title, modelName, format)
                .map(target -> new Choice(format, target)));
    }

    /** The format dialog: one radio button per format, the DJL archive preselected. */
    static Dialog<ExportFormat> formatDialog(String title) {
        Dialog<ExportFormat> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText("Export for which world?");
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(10);
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton button = new RadioButton(format.title());
            button.setId("export-format-" + format.id());
            button.setUserData(format);
            button.setToggleGroup(group);
            button.setSelected(format == ExportFormat.DJL);
            Label audience = new Label(format.audience());
            audience.setWrapText(true);
            audience.setMaxWidth(460);
            audience.setStyle("-fx-padding: 0 0 0 26; -fx-opacity: 0.8;");
            choices.getChildren().add(new VBox(2, button, audience));
        }
        dialog.getDialogPane().setContent(choices);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.NEXT, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.NEXT
                ? (ExportFormat) group.getSelectedToggle().getUserData() : null);
        return dialog;
    }

    private static Optional<ExportFormat> chooseFormat(Window owner, String title) {
        Dialog<ExportFormat> dialog = formatDialog(title);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }

    private static Optional<Path> chooseTarget(FileDialogs dialogs, Window owner, String title, String modelName,
            ExportFormat format) {
        return format.isFolder()
                ? dialogs.saveFile(owner, title + ": name the new folder", modelName + "-" + format.id(), null)
                : dialogs.saveFile(owner, title, modelName + format.ending(),
                        FileDialogs.FileKind.of(format.title(), "*" + format.ending()));
    }
}
