package studio.adder.ui.draw;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The two rows under the digit bars that teach the model: "Wrong? It is" with a button per digit,
 * and "Keep as read" with what happened to the last kept drawing. Enabled while there is an answer.
 */
final class TeachRows extends VBox {

    private final Button[] correctTo = new Button[10];
    private final Button keepAsRead = new Button("Keep as read");
    private final Label kept = new Label();

    TeachRows(DrawViewModel model) {
        super(6);
        getChildren().addAll(correctionRow(), keepRow());
        kept.textProperty().bind(model.keptTextProperty());
        keepAsRead.disableProperty().bind(model.displayProperty().isNull());
        keepAsRead.setOnAction(event -> model.keepAsRead());
        for (int digit = 0; digit < 10; digit++) {
            int chosen = digit;
            correctTo[digit].disableProperty().bind(model.displayProperty().isNull());
            correctTo[digit].setOnAction(event -> model.keepAsExample(chosen));
        }
    }

    private HBox correctionRow() {
        Label wrong = new Label("Wrong? It is");
        HBox row = new HBox(2, wrong);
        row.setAlignment(Pos.CENTER_LEFT);
        for (int digit = 0; digit < 10; digit++) {
            correctTo[digit] = new Button(Integer.toString(digit));
            correctTo[digit].setId("correct-" + digit);
            correctTo[digit].getStyleClass().add("correct-digit");
            correctTo[digit].setMinWidth(Region.USE_PREF_SIZE);
            correctTo[digit].setTooltip(new Tooltip("It is a " + digit + ": keep the drawing as an example of "
                    + digit + " to teach the model (or type " + digit + ")"));
            row.getChildren().add(correctTo[digit]);
        }
        HBox.setMargin(wrong, new Insets(0, 4, 0, 0));
        return row;
    }

    private HBox keepRow() {
        keepAsRead.setId("keep-as-read");
        keepAsRead.getStyleClass().add("correct-digit");
        keepAsRead.setMinWidth(Region.USE_PREF_SIZE);
        keepAsRead.setTooltip(new Tooltip("The model read it right: keep it as an example too (Enter)"));
        kept.setId("kept");
        kept.setWrapText(true);
        kept.setMinHeight(Region.USE_PREF_SIZE);
        kept.getStyleClass().add("kept");
        HBox.setHgrow(kept, Priority.ALWAYS);
        HBox row = new HBox(8, keepAsRead, kept);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
