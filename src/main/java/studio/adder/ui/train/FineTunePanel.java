package studio.adder.ui.train;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Teach it my handwriting": start from a model, mix in the user's examples, and the preset with
 * the fine-tuning settings, folded away until wanted. Binds to {@link FineTuneSettings}; the file
 * dialogs live in {@link TrainTab}.
 */
final class FineTunePanel extends TitledPane {

    final CheckBox startFromModel = new CheckBox("Start from");
    final Label model = new Label();
    final MenuItem otherFolder = new MenuItem("Model folder…");
    final MenuItem otherArchive = new MenuItem("Model archive (.zip)…");
    final MenuButton otherModel = new MenuButton("Other model", null, otherFolder, otherArchive);
    final Button activeModel = new Button("Draw tab's");
    final CheckBox mixExamples = new CheckBox();
    final TextField share = new TextField();
    final Button preset = new Button("Fine-tune settings");
    final Label problem = new Label();

    FineTunePanel(FineTuneSettings settings, SettingsForm form) {
        // Create the parts.
        startFromModel.setId("start-from-model");
        mixExamples.setId("mix-examples");
        share.setId("examples-share");
        preset.setId("fine-tune-preset");
        share.setPrefColumnCount(4);
        problem.setWrapText(true);
        problem.setMaxWidth(310);
        problem.getStyleClass().add("form-problems");
        otherModel.setTooltip(new Tooltip("Start from a model folder or archive"));
        activeModel.setTooltip(new Tooltip("Start from the model the Draw tab uses"));
        preset.setTooltip(new Tooltip("Start from the Draw tab's model, mix in your examples, one short epoch"
                + " at a low learning rate (editable below)"));

        // Lay them out.
        HBox modelRow = new HBox(6, startFromModel, model);
        modelRow.setAlignment(Pos.CENTER_LEFT);
        HBox shareRow = new HBox(6, new Label("Share of each batch"), share);
        shareRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(6, preset, modelRow, new FlowPane(6, 6, activeModel, otherModel), mixExamples,
                shareRow, problem);
        setContent(content);
        setExpanded(false);
        setId("fine-tune");
        setText("Teach it my handwriting");

        // Bind them to the model.
        startFromModel.selectedProperty().bindBidirectional(settings.startFromModelProperty());
        model.textProperty().bind(settings.modelTextProperty());
        activeModel.disableProperty().bind(settings.otherModelProperty().isNull());
        mixExamples.selectedProperty().bindBidirectional(settings.mixExamplesProperty());
        mixExamples.textProperty().bind(settings.examplesTextProperty());
        share.textProperty().bindBidirectional(settings.shareProperty());
        share.disableProperty().bind(settings.mixExamplesProperty().not());
        problem.textProperty().bind(settings.problemProperty());
        problem.visibleProperty().bind(settings.validProperty().not());
        problem.managedProperty().bind(problem.visibleProperty());

        // Wire the events.
        preset.setOnAction(event -> settings.useFineTuneSettings(form));
        activeModel.setOnAction(event -> settings.useActiveModel());
    }
}
