package studio.adder.ui.train;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import studio.adder.engine.DeviceOption;
import studio.adder.engine.EngineOption;
import studio.adder.model.ArchitectureId;
import studio.adder.train.OptimizerKind;
import studio.adder.train.Schedule;
import studio.adder.train.SettingsProblem.Field;

/** The run settings form, its presets and the explanation of what is wrong with it. */
final class SettingsPanel extends VBox {

    final TextField epochs = new TextField();
    final TextField batchSize = new TextField();
    final TextField learningRate = new TextField();
    final TextField weightDecay = new TextField();
    final TextField trainingLimit = new TextField();
    final TextField seed = new TextField();
    final ComboBox<ArchitectureId> architecture = new ComboBox<>();
    final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
    final ComboBox<Schedule> schedule = new ComboBox<>();
    final CheckBox augment = new CheckBox("Augment (shift, rotate, scale)");
    final Button resetDefaults = new Button("Reset to defaults");
    final Button seedPreset = new Button("Seed notebook settings");
    final Label problems = new Label();
    final Label device = new Label();
    final ComboBox<DeviceOption> deviceChoice = new ComboBox<>();
    final ComboBox<EngineOption> engineChoice = new ComboBox<>();
    final Label engineNote = new Label();
    private final ValidationSupport validation = new ValidationSupport();

    SettingsPanel(SettingsForm form) {
        // Create the parts.
        architecture.getItems().setAll(form.architectures());
        optimizer.getItems().setAll(form.optimizers());
        schedule.getItems().setAll(form.schedules());
        epochs.setId("epochs");
        learningRate.setId("learning-rate");
        trainingLimit.setId("training-limit");
        problems.setWrapText(true);
        problems.getStyleClass().add("form-problems");
        device.setWrapText(true);
        device.getStyleClass().add("device-line");
        trainingLimit.setPromptText("0 = all images");
        deviceChoice.setId("device");
        deviceChoice.setCellFactory(list -> new DeviceCell());
        engineChoice.setId("engine");
        engineChoice.setCellFactory(list -> new EngineCell());
        engineNote.setWrapText(true);
        engineNote.getStyleClass().add("engine-note");

        // Lay them out.
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label("Architecture"), architecture);
        grid.addRow(row++, new Label("Epochs"), epochs);
        grid.addRow(row++, new Label("Batch size"), batchSize);
        grid.addRow(row++, new Label("Optimiser"), optimizer);
        grid.addRow(row++, new Label("Learning rate"), learningRate);
        grid.addRow(row++, new Label("Schedule"), schedule);
        grid.addRow(row++, new Label("Weight decay"), weightDecay);
        grid.addRow(row++, new Label("Images (0 = all)"), trainingLimit);
        grid.addRow(row++, new Label("Random seed"), seed);
        grid.addRow(row++, new Label("Engine"), engineChoice);
        grid.addRow(row++, new Label("Device"), deviceChoice);
        grid.add(augment, 0, row, 2, 1);
        for (Control control : new Control[] {epochs, batchSize, learningRate, weightDecay, trainingLimit, seed,
            architecture, optimizer, schedule, engineChoice, deviceChoice}) {
            control.setPrefWidth(130);
        }
        Label title = new Label("Settings");
        title.getStyleClass().add("title-4");
        setSpacing(8);
        // The two presets wrap onto two lines rather than truncate under larger theme fonts.
        FlowPane presets = new FlowPane(6, 6, resetDefaults, seedPreset);
        presets.setPrefWrapLength(300);
        getChildren().addAll(title, grid, presets, problems, device, engineNote);
        device.setMaxWidth(310);
        engineNote.setMaxWidth(310);
        engineNote.managedProperty().bind(engineNote.visibleProperty());
        problems.setMaxWidth(310);

        // Bind them to the model.
        architecture.valueProperty().bindBidirectional(form.architectureProperty());
        optimizer.valueProperty().bindBidirectional(form.optimizerProperty());
        schedule.valueProperty().bindBidirectional(form.scheduleProperty());
        augment.selectedProperty().bindBidirectional(form.augmentProperty());
        bindValidated(epochs, form, Field.EPOCHS);
        bindValidated(batchSize, form, Field.BATCH_SIZE);
        bindValidated(learningRate, form, Field.LEARNING_RATE);
        bindValidated(weightDecay, form, Field.WEIGHT_DECAY);
        bindValidated(trainingLimit, form, Field.TRAINING_LIMIT);
        bindValidated(seed, form, Field.SEED);
        problems.textProperty().bind(form.problemsProperty());
        problems.visibleProperty().bind(form.validProperty().not());
        problems.managedProperty().bind(problems.visibleProperty());

        // Wire the events.
        resetDefaults.setOnAction(event -> form.resetToDefaults());
        seedPreset.setOnAction(event -> form.seedNotebookSettings());
    }

    /** Lists unusable devices greyed out, with the reason as a tooltip. */
    private static final class DeviceCell extends ListCell<DeviceOption> {
        @Override
        protected void updateItem(DeviceOption option, boolean empty) {
            super.updateItem(option, empty);
            setText(empty || option == null ? null : option.toString());
            setDisable(!empty && option != null && !option.usable());
            setTooltip(empty || option == null || option.note().isEmpty() ? null : new Tooltip(option.note()));
        }
    }

    /** Lists engines missing from this build greyed out, with the reason as a tooltip. */
    private static final class EngineCell extends ListCell<EngineOption> {
        @Override
        protected void updateItem(EngineOption option, boolean empty) {
            super.updateItem(option, empty);
            setText(empty || option == null ? null : option.toString());
            setDisable(!empty && option != null && !option.usable());
            setTooltip(empty || option == null || option.note().isEmpty() ? null : new Tooltip(option.note()));
        }
    }

    private void bindValidated(TextField field, SettingsForm form, Field which) {
        field.textProperty().bindBidirectional(switch (which) {
            case EPOCHS -> form.epochsProperty();
            case BATCH_SIZE -> form.batchSizeProperty();
            case LEARNING_RATE -> form.learningRateProperty();
            case WEIGHT_DECAY -> form.weightDecayProperty();
            case TRAINING_LIMIT -> form.trainingLimitProperty();
            case SEED -> form.seedProperty();
            default -> throw new IllegalArgumentException(which + " is a choice, not a text field");
        });
        // Registered after the binding, so the form has re-validated when ControlsFX asks.
        validation.registerValidator(field, false, (Control control, String value) -> {
            String problem = form.problemOf(which).orElse("");
            return ValidationResult.fromErrorIf(control, problem, !problem.isEmpty());
        });
    }
}
