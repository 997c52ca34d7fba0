package studio.adder.ui.inside;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.adder.client.AdderPrediction;
import studio.adder.explain.Explanation;
import studio.adder.explain.Head;
import studio.adder.explain.LayerOutput;
import studio.adder.explain.MapProjection;
import studio.adder.explain.Saliency;
import studio.adder.explain.SaliencyMethod;
import studio.adder.ui.common.FigurePalette;

/**
 * The Inside tab: what the model sees with the saliency laid over it, every layer's output in order (click a
 * tile for a closer look at its channel and kernels), the sum head made visible, and the map of all digits.
 */
public final class InsideView extends BorderPane {

    private static final double SEEN_SIDE = 196;

    private final InsideViewModel model;
    private final Node drawPad;
    private final ChoiceBox<Head> head = new ChoiceBox<>(FXCollections.observableArrayList(Head.values()));
    private final ChoiceBox<SaliencyMethod> method =
            new ChoiceBox<>(FXCollections.observableArrayList(SaliencyMethod.values()));
    private final Label status = new Label();
    private final Canvas seen = new Canvas(SEEN_SIDE, SEEN_SIDE);
    private final Cells.ImageBrush seenBrush = new Cells.ImageBrush();
    private final Label answers = new Label();
    private final SumHeadPane sumHead = new SumHeadPane();
    private final VBox layers = new VBox(6);
    private final List<LayerSheet> sheets = new ArrayList<>();
    private final ChannelDetail detail = new ChannelDetail();
    private final DigitMapView map = new DigitMapView();
    private final Button computeMap = new Button("Compute map");
    private final ChoiceBox<MapProjection> projection =
            new ChoiceBox<>(FXCollections.observableArrayList(MapProjection.values()));
    private final Button cancelMap = new Button("Stop");
    private final CheckBox followTraining = new CheckBox("Update after each epoch");
    private final ProgressBar mapProgress = new ProgressBar(0);
    private final Label mapPhase = new Label();
    private final Label mapText = new Label();
    private final Tooltip liveHint = new Tooltip();

    /** A view over {@code model}, with {@code drawPad} to draw on while watching (the Draw tab's drawing). */
    public InsideView(InsideViewModel model, Node drawPad) {
        this.model = model;
        this.drawPad = drawPad;
        createParts();
        layOut();
        bind();
        wire();
    }

    private void createParts() {
        setId("inside-view");
        head.setId("inside-head");
        method.setId("inside-method");
        seen.setId("model-sees");
        computeMap.setId("compute-map");
        projection.setId("map-projection");
        cancelMap.setId("cancel-map");
        followTraining.setId("map-follows-training");
        followTraining.setTooltip(new Tooltip("While the Train tab trains, recompute the map from each epoch's "
                + "checkpoint (the first 2,000 test digits), so you can watch the clusters form."));
        liveHint.setWrapText(true);
        liveHint.setMaxWidth(320);
        layers.setId("inside-layers");
        answers.setWrapText(true);
        mapText.setWrapText(true);
        mapText.setMaxWidth(DigitMapView.SIDE);
        mapProgress.setMaxWidth(Double.MAX_VALUE);
    }

    private void layOut() {
        HBox controls = new HBox(8, fixed(new Label("Explain the")), head, fixed(new Label("head's answer by")), method,
                status);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));
        // The sentence and the map's controls keep their words; only the status line gives way to a narrow window.
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label seenTitle = new Label("What the model sees, and which pixels decided");
        seenTitle.setWrapText(true);
        seenTitle.getStyleClass().add("title-4");
        seenTitle.setMaxWidth(270);
        answers.setMaxWidth(270);
        Label padTitle = new Label("Draw here, or on the Draw tab");
        padTitle.getStyleClass().add("title-4");
        VBox left = new VBox(6, padTitle, drawPad, seenTitle, seen, answers, sumHead);
        left.setPadding(new Insets(8));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setPrefWidth(300);
        ScrollPane layerScroll = new ScrollPane(layers);
        layerScroll.setFitToWidth(true);
        layers.setPadding(new Insets(8));
        Label mapTitle = new Label("Map of all digits");
        mapTitle.getStyleClass().add("title-4");
        HBox mapButtons = new HBox(8, fixed(new Label("Layout")), projection, fixed(computeMap), fixed(cancelMap));
        mapButtons.setAlignment(Pos.CENTER_LEFT);
        // Stop takes room only while a map is being computed.
        cancelMap.managedProperty().bind(cancelMap.visibleProperty());
        HBox mapBusy = new HBox(8, mapPhase, mapProgress);
        VBox right = new VBox(6, detail, new Separator(), mapTitle, map, mapButtons, followTraining, mapBusy, mapText);
        right.setPadding(new Insets(8));
        right.setPrefWidth(DigitMapView.SIDE + 16);
        setTop(controls);
        setLeft(leftScroll);
        setCenter(layerScroll);
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The width is the content's: the vertical scroll bar is added beside it, not taken out of the map's buttons.
        rightScroll.setPrefViewportWidth(DigitMapView.SIDE + 16);
        rightScroll.setMinViewportWidth(DigitMapView.SIDE + 16);
        setRight(rightScroll);
    }

    private void bind() {
        status.textProperty().bind(model.statusProperty());
        DigitMapModel maps = model.map();
        mapText.textProperty().bind(maps.textProperty());
        mapPhase.textProperty().bind(maps.phaseProperty());
        mapProgress.progressProperty().bind(maps.progressProperty());
        mapProgress.visibleProperty().bind(maps.busyProperty());
        cancelMap.visibleProperty().bind(maps.busyProperty());
        computeMap.disableProperty().bind(maps.busyProperty());
        liveHint.textProperty().bind(maps.liveHintProperty());
        Tooltip.install(map, liveHint);
        head.setValue(model.headProperty().get());
        method.setValue(model.methodProperty().get());
        projection.setValue(maps.projectionProperty().get());
        followTraining.setSelected(maps.followTrainingProperty().get());
        maps.projectionProperty().addListener((o, old, now) -> projection.setValue(now));
        model.explanationProperty().addListener((o, old, now) -> showExplanation(now));
        model.saliencyProperty().addListener((o, old, now) -> showSeen(model.explanationProperty().get()));
        model.channelProperty().addListener((o, old, now) -> showLayers(model.explanationProperty().get()));
        // Canvases keep the colours they were painted with; a theme switch paints them again.
        FigurePalette.currentProperty().addListener((o, old, now) -> {
            showExplanation(model.explanationProperty().get());
            map.show(maps.mapProperty().get());
        });
        maps.mapProperty().addListener((o, old, now) -> {
            map.show(now);
            computeMap.setText(now == null ? "Compute map" : "Recompute");
            showLiveDot(model.explanationProperty().get());
        });
    }

    private void wire() {
        head.setOnAction(event -> model.selectHead(head.getValue()));
        method.setOnAction(event -> model.selectMethod(method.getValue()));
        computeMap.setOnAction(event -> model.map().compute());
        projection.setOnAction(event -> {
            if (projection.getValue() != model.map().projectionProperty().get()) {
                model.map().selectProjection(projection.getValue());
            }
        });
        cancelMap.setOnAction(event -> model.map().cancel());
        followTraining.setOnAction(event -> model.map().setFollowTraining(followTraining.isSelected()));
    }

    private void showExplanation(Explanation explanation) {
        if (explanation == null) {
            seen.getGraphicsContext2D().clearRect(0, 0, SEEN_SIDE, SEEN_SIDE);
            answers.setText("");
            map.showLive(null);
            return;
        }
        // Cheap parts first: the layers, the sum head and the live dot; saliency follows in its own listener.
        showSeen(explanation);
        sumHead.show(explanation.sumHead());
        showLayers(explanation);
        showLiveDot(explanation);
    }

    /** The input with the saliency over it: the newest saliency, even while the next one is on its way. */
    private void showSeen(Explanation explanation) {
        if (explanation == null) {
            return;
        }
        Saliency saliency = model.saliencyProperty().get();
        float[] heat = saliency == null ? new float[784] : saliency.map();
        seenBrush.heat(seen.getGraphicsContext2D(), explanation.input(), heat, SEEN_SIDE);
        AdderPrediction p = explanation.prediction();
        String why = saliency == null ? "Which pixels decided follows in a moment."
                : String.format("Bright: the pixels that pushed the %s head toward %d most.",
                        saliency.head().name().toLowerCase(), saliency.target());
        setText(answers, String.format("Digit %d (%.0f %%), %d + %d = %d (%.0f %%). %s", p.digit(),
                100 * p.digitConfidence(), p.digit(), explanation.number(), p.sum(), 100 * p.sumConfidence(), why));
    }

    private void showLiveDot(Explanation explanation) {
        var digitMap = model.map().mapProperty().get();
        map.showLive(explanation == null || digitMap == null ? null : digitMap.place(explanation.features()));
    }

    private void showLayers(Explanation explanation) {
        if (explanation == null) {
            return;
        }
        List<LayerOutput> outputs = explanation.layers();
        InsideViewModel.ChannelChoice choice = model.channelProperty().get();
        if (sheets.size() != outputs.size()) {
            layers.getChildren().clear();
            sheets.clear();
            for (int i = 0; i < outputs.size(); i++) {
                int layer = i;
                LayerSheet sheet = new LayerSheet(channel -> model.selectChannel(layer, channel));
                sheet.setId("layer-" + i);
                sheets.add(sheet);
                layers.getChildren().addAll(new Label(), sheet);
            }
        }
        for (int i = 0; i < outputs.size(); i++) {
            LayerOutput layer = outputs.get(i);
            setText((Label) layers.getChildren().get(2 * i), layer.name() + "   " + layer.shapeText());
            sheets.get(i).show(layer, choice.layer() == i ? choice.channel() : -1);
        }
        int chosen = Math.min(choice.layer(), outputs.size() - 1);
        detail.show(outputs.get(chosen), choice.channel());
    }

    /** A control that is never squeezed below the width its words need. */
    private static <T extends Region> T fixed(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    /** Sets a label's text only when it changed, so an unchanged text asks for no new layout. */
    private static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }
}
