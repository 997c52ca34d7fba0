package studio.adder.ui.train;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/**
 * The training tab's layout, built in code: settings and run controls on the left, progress,
 * charts, confusion matrix and mistakes in the centre. It binds to {@link TrainViewModel} and
 * forwards clicks; file dialogs live in {@link TrainTab}.
 */
public final class TrainView extends BorderPane {

    final SettingsPanel settings;
    final FineTunePanel fineTune;
    final DataBanner dataBanner;
    final Button start = new Button("Start");
    final Button pause = new Button("Pause");
    final Button stop = new Button("Stop");
    final Button useModel = new Button("Use this model");
    final Button exportModel = new Button("Export model…");
    final Button exportCsv = new Button("Export CSV…");
    final Button exportPng = new Button("Export charts PNG…");
    final Label message = new Label();
    final Label finalFigures = new Label();
    final StatusBar status = new StatusBar();
    final Label throughput = new Label();
    final Label elapsed = new Label();
    final Label eta = new Label();
    final MetricChart lossChart = new MetricChart("Loss", "loss", false);
    final MetricChart accuracyChart = new MetricChart("Accuracy", "accuracy", true);
    final ComboBox<XAxisMode> xAxis = new ComboBox<>();
    final Slider smoothing = new Slider(0, 0.99, 0.6);
    final CheckBox logLoss = new CheckBox("Log loss");
    final CheckBox zoomAccuracy = new CheckBox("Accuracy 90–100%");
    final ComboBox<RunHistory> compareWith = new ComboBox<>();
    final Button clearCompare = new Button("×");
    final ConfusionMatrixView confusion = new ConfusionMatrixView();
    final MistakeGallery mistakes = new MistakeGallery();

    /** Builds the view over {@code model}. */
    public TrainView(TrainViewModel model) {
        // Create the parts.
        settings = new SettingsPanel(model.form());
        fineTune = new FineTunePanel(model.fineTune(), model.form());
        dataBanner = new DataBanner(model.data());
        start.setId("start");
        pause.setId("pause");
        stop.setId("stop");
        useModel.setId("use-model");
        exportModel.setId("export-run-model");
        start.setDefaultButton(true);
        start.getStyleClass().add("accent");
        message.setWrapText(true);
        finalFigures.setId("final-figures");
        finalFigures.getStyleClass().add("final-figures");
        finalFigures.setWrapText(true);
        xAxis.getItems().setAll(XAxisMode.values());
        compareWith.setPromptText("Compare with…");
        compareWith.setPrefWidth(260);
        smoothing.setPrefWidth(110);
        mistakes.show(List.of());

        // Lay them out. Only the settings scroll: the run's actions stay below them, always in view.
        VBox form = new VBox(10, dataBanner, fineTune, settings);
        form.setPadding(new Insets(10));
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setPrefViewportWidth(330);
        formScroll.setMinViewportWidth(330);
        VBox actions = new VBox(6, new HBox(6, start, pause, stop), new HBox(6, useModel, exportModel),
                new HBox(6, exportCsv, exportPng));
        actions.setId("run-actions");
        actions.getStyleClass().add("run-actions");
        actions.setPadding(new Insets(10));
        BorderPane left = new BorderPane(formScroll);
        left.setBottom(actions);
        status.getRightItems().add(new HBox(12, throughput, elapsed, eta));
        FlowPane chartOptions = new FlowPane(8, 6, new Label("x-axis"), xAxis, new Label("Smoothing"), smoothing,
                logLoss, zoomAccuracy, new HBox(4, compareWith, clearCompare));
        chartOptions.setAlignment(Pos.CENTER_LEFT);
        HBox charts = new HBox(6, lossChart, accuracyChart);
        HBox.setHgrow(lossChart, Priority.ALWAYS);
        HBox.setHgrow(accuracyChart, Priority.ALWAYS);
        ScrollPane galleryScroll = new ScrollPane(mistakes);
        galleryScroll.setFitToWidth(true);
        Label confusionTitle = new Label("Digit confusion (rows: true, columns: predicted)");
        Label galleryTitle = new Label("Misclassified test images");
        VBox gallery = new VBox(4, galleryTitle, galleryScroll);
        HBox details = new HBox(12, new VBox(4, confusionTitle, confusion), gallery);
        HBox.setHgrow(gallery, Priority.ALWAYS);
        VBox.setVgrow(galleryScroll, Priority.ALWAYS);
        // Fixed height: a full gallery must scroll, not squeeze the charts.
        details.setMinHeight(262);
        details.setPrefHeight(262);
        details.setMaxHeight(262);
        VBox centre = new VBox(6, finalFigures, message, status, chartOptions, charts, details);
        VBox.setVgrow(charts, Priority.ALWAYS);
        centre.setPadding(new Insets(10));
        setLeft(left);
        setCenter(centre);
        getStyleClass().add("train-view");
        getStylesheets().add(TrainView.class.getResource("train.css").toExternalForm());

        // Bind them to the model.
        start.disableProperty().bind(model.canStartProperty().not());
        pause.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(TrainState.PAUSED))
                .then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(model.stateProperty().isNotEqualTo(TrainState.RUNNING)
                .and(model.stateProperty().isNotEqualTo(TrainState.PAUSED)));
        stop.disableProperty().bind(pause.disableProperty());
        useModel.disableProperty().bind(model.lastCheckpointProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> model.stateProperty().get().active(), model.stateProperty())));
        exportModel.disableProperty().bind(useModel.disableProperty());
        exportCsv.disableProperty().bind(Bindings.isEmpty(model.runs()));
        exportPng.disableProperty().bind(Bindings.isEmpty(model.runs()));
        message.textProperty().bind(model.messageProperty());
        finalFigures.textProperty().bind(model.finalFiguresProperty());
        finalFigures.visibleProperty().bind(model.finalFiguresProperty().isNotEmpty());
        finalFigures.managedProperty().bind(finalFigures.visibleProperty());
        model.messageIsProblemProperty().addListener((o, was, problem) -> message.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("problem"), problem));
        status.progressProperty().bind(model.progress().fractionProperty());
        status.textProperty().bind(model.progress().positionProperty());
        throughput.textProperty().bind(model.progress().throughputProperty());
        elapsed.textProperty().bind(Bindings.concat("elapsed ", model.progress().elapsedProperty()));
        eta.textProperty().bind(Bindings.concat("ETA ", model.progress().etaProperty()));
        settings.device.textProperty().bind(model.deviceProperty());
        settings.deviceChoice.setItems(model.deviceChoice().devices());
        settings.deviceChoice.valueProperty().bindBidirectional(model.deviceChoice().selectedProperty());
        settings.engineChoice.setItems(model.engineChoice().engines());
        settings.engineChoice.valueProperty().bindBidirectional(model.engineChoice().selectedProperty());
        settings.engineNote.textProperty().bind(model.engineChoice().noteProperty());
        settings.engineNote.visibleProperty().bind(model.engineChoice().noteProperty().isNotEmpty());
        settings.engineChoice.setTooltip(new Tooltip());
        settings.engineChoice.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> settings.engineChoice.getValue() == null ? "" : settings.engineChoice.getValue().note(),
                settings.engineChoice.valueProperty()));
        settings.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get().active(),
                model.stateProperty()));
        xAxis.valueProperty().bindBidirectional(model.charts().xAxisProperty());
        smoothing.valueProperty().bindBidirectional(model.charts().smoothingProperty());
        logLoss.selectedProperty().bindBidirectional(model.charts().logLossProperty());
        zoomAccuracy.selectedProperty().bindBidirectional(model.charts().zoomAccuracyProperty());
        compareWith.setItems(model.runs());
        compareWith.valueProperty().bindBidirectional(model.charts().comparedRunProperty());
        model.charts().frameProperty().addListener((o, old, frame) -> showFrame(frame));
        showFrame(model.charts().frameProperty().get());
        EpochDetails epoch = model.epochDetails();
        epoch.confusionProperty().addListener((o, old, matrix) -> confusion.show(matrix));
        epoch.mistakes().addListener((ListChangeListener<Object>) change -> mistakes.show(epoch.mistakes()));

        // Wire the events.
        start.setOnAction(event -> model.start());
        pause.setOnAction(event -> model.togglePause());
        stop.setOnAction(event -> model.stop());
        useModel.setOnAction(event -> model.useModel());
        clearCompare.setOnAction(event -> model.charts().comparedRunProperty().set(null));
    }

    private void showFrame(ChartFrame frame) {
        lossChart.show(frame.loss(), frame);
        accuracyChart.show(frame.accuracy(), frame);
    }
}
