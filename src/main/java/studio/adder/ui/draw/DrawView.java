package studio.adder.ui.draw;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import studio.adder.ui.ActiveModelViewModel;
import studio.adder.ui.common.FileDialogs;
import studio.adder.ui.common.MessageDialogs;
import studio.adder.ui.common.UserMessage;

/**
 * The drawing tab's layout, built in code: a toolbar, the canvas with its hint, the model's input
 * and both heads' answers beside it, and a status bar. Binds to a {@link DrawViewModel}; no logic.
 */
public final class DrawView extends BorderPane {

    private final DrawViewModel model;
    private final PictureInputs pictures;

    // Parts
    private final DrawingCanvas canvas = new DrawingCanvas();
    private final Label hint = new Label("Draw a digit here with the mouse, a pen or a finger,\n"
            + "or open, drop or paste a picture of one.");
    private final Spinner<Integer> numberSpinner = new Spinner<>(new IntegerSpinnerValueFactory(0, 9, 0));
    private final Button roll = new Button("Roll");
    private final Slider penWidth = new Slider(4, 40, 20);
    private final Button openImage = new Button("Open image…");
    private final Button paste = new Button("Paste");
    private final Button undo = new Button("Undo");
    private final Button redo = new Button("Redo");
    private final Button clear = new Button("Clear");
    private final ModelInputView modelInput = new ModelInputView();
    private final Label digit = new Label("–");
    private final Label digitConfidence = new Label("");
    private final ProbabilityBars digitBars = new ProbabilityBars(10);
    private final Label sum = new Label("–");
    private final Label sumConfidence = new Label("");
    private final ProbabilityBars sumBars = new ProbabilityBars(19);
    private final Label agreement = new Label("");
    private final TeachRows teach;
    private final StatusBar statusBar = new StatusBar();
    private final Label engine = new Label();
    private final Label latency = new Label();
    private final Tooltip statusTooltip = new Tooltip();

    /** Builds the view over {@code model}, asking for files through {@code dialogs}. */
    public DrawView(DrawViewModel model, FileDialogs dialogs) {
        this.model = model;
        this.pictures = new PictureInputs(this, model, dialogs);
        this.teach = new TeachRows(model);
        getStylesheets().add(DrawView.class.getResource("draw.css").toExternalForm());
        getStyleClass().add("draw-view");
        identifyParts();
        layOut();
        bind();
        wireEvents();
    }

    private void identifyParts() {
        canvas.setId("canvas");
        hint.setId("hint");
        numberSpinner.setId("number");
        roll.setId("roll");
        penWidth.setId("pen-width");
        openImage.setId("open-image");
        paste.setId("paste");
        undo.setId("undo");
        redo.setId("redo");
        clear.setId("clear");
        modelInput.setId("model-input");
        digit.setId("digit");
        digitBars.setId("digit-bars");
        sum.setId("sum");
        sumBars.setId("sum-bars");
        agreement.setId("agreement");
        statusBar.setId("status");
        latency.setId("latency");
    }

    private void layOut() {
        numberSpinner.setEditable(true);
        numberSpinner.setPrefWidth(80);
        penWidth.setPrefWidth(120);
        roll.setTooltip(new Tooltip("Pick a random number to add"));
        penWidth.setTooltip(new Tooltip("Pen width"));
        openImage.setTooltip(new Tooltip("Open a PNG, JPEG, BMP or GIF picture of a digit (Ctrl+O)"));
        paste.setTooltip(new Tooltip("Paste a picture from the clipboard (Ctrl+V)"));
        undo.setTooltip(new Tooltip("Undo the last stroke (Ctrl+Z)"));
        redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z or Ctrl+Y)"));
        clear.setTooltip(new Tooltip("Clear the canvas (Delete or Esc)"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        setTop(new ToolBar(openImage, paste, new Separator(), undo, redo, clear, new Separator(),
                new Label("Pen"), penWidth, grow, new Label("Number to add"), numberSpinner, roll));

        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        StackPane canvasArea = new StackPane(canvas, hint);
        canvasArea.setPadding(new Insets(12));
        HBox.setHgrow(canvasArea, Priority.ALWAYS);

        digit.getStyleClass().add("answer");
        sum.getStyleClass().add("answer");
        agreement.setWrapText(true);
        // Without this the VBox squeezes the sentence to one clipped line instead of wrapping it.
        agreement.setMinHeight(Region.USE_PREF_SIZE);
        agreement.getStyleClass().add("agreement");
        // The model's input sits beside the digit's answer, so both heads' bars fit the default
        // window (1180 x 780) without scrolling.
        HBox seenAndDigit = new HBox(16,
                new VBox(4, heading("What the model sees (28×28)"), modelInput),
                new VBox(4, heading("Digit head"), answerRow(digit, digitConfidence)));
        VBox answers = new VBox(6,
                seenAndDigit, digitBars, teach,
                heading("Sum head: digit + number"), answerRow(sum, sumConfidence), sumBars,
                agreement);
        answers.getStyleClass().add("answers");
        answers.setPadding(new Insets(12));
        answers.setPrefWidth(440);
        answers.setMinWidth(360);
        // On short windows the answers scroll instead of pushing the status bar out of sight.
        ScrollPane answersScroll = new ScrollPane(answers);
        answersScroll.setFitToWidth(true);
        answersScroll.setFitToHeight(true);
        answersScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        answersScroll.getStyleClass().add("edge-to-edge");
        answersScroll.setMinWidth(360);
        setCenter(new HBox(canvasArea, answersScroll));

        // Only the device's reason is left out of the bar; the tooltip has every text in full.
        engine.setMinWidth(Region.USE_PREF_SIZE);
        latency.setMinWidth(Region.USE_PREF_SIZE);
        statusBar.getRightItems().addAll(engine, new Separator(), latency);
        statusBar.setTooltip(statusTooltip);
        setBottom(statusBar);
    }

    /** "MXNet 1.9.0 · CPU (no NVIDIA GPU found on this machine) · 2 threads" without the bracket. */
    static String withoutReasons(String text) {
        return text == null ? "" : text.replaceAll(" \\([^()]*\\)", "");
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    private static HBox answerRow(Label answer, Label confidence) {
        HBox row = new HBox(12, answer, confidence);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private void bind() {
        DrawingBindings.bindCanvas(canvas, model);
        penWidth.setValue(model.penWidthProperty().get());
        hint.visibleProperty().bind(model.emptyProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        clear.disableProperty().bind(model.emptyProperty());
        ActiveModelViewModel activeModel = model.activeModel();
        statusBar.textProperty().bind(activeModel.modelTextProperty());
        engine.textProperty().bind(Bindings.createStringBinding(
                () -> withoutReasons(activeModel.engineTextProperty().get()), activeModel.engineTextProperty()));
        statusTooltip.textProperty().bind(Bindings.concat(activeModel.modelTextProperty(), "\n",
                activeModel.engineTextProperty(), "\n", model.latencyTextProperty()));
        latency.textProperty().bind(model.latencyTextProperty());
        DrawingBindings.bindNumber(numberSpinner, model);
        model.displayProperty().addListener((obs, old, now) -> show(now));
        model.messageProperty().addListener((obs, old, now) -> tell(now));
        activeModel.messageProperty().addListener((obs, old, now) -> tell(now));
    }

    private void show(PredictionDisplay display) {
        boolean none = display == null;
        digit.setText(none ? "–" : display.digit());
        digitConfidence.setText(none ? "" : display.digitConfidence());
        sum.setText(none ? "–" : display.sum());
        sumConfidence.setText(none ? "" : display.sumConfidence());
        agreement.setText(none ? "" : display.agreement());
        agreement.pseudoClassStateChanged(PseudoClass.getPseudoClass("disagree"),
                !none && !display.headsAgree());
        digitBars.show(none ? null : display.digitProbabilities());
        sumBars.show(none ? null : display.sumProbabilities());
        modelInput.show(none ? null : display.modelInput());
    }

    private void tell(UserMessage message) {
        MessageDialogs.show(getScene() == null ? null : getScene().getWindow(), message);
    }

    private void wireEvents() {
        numberSpinner.setOnScroll(event -> {
            if (event.getDeltaY() > 0) {
                numberSpinner.increment();
            } else if (event.getDeltaY() < 0) {
                numberSpinner.decrement();
            }
        });
        roll.setOnAction(event -> model.roll());
        penWidth.valueProperty().addListener((obs, old, now) -> model.setPenWidth(now.doubleValue()));
        openImage.setOnAction(event -> chooseImage());
        paste.setOnAction(event -> pasteFromClipboard());
        undo.setOnAction(event -> model.undo());
        redo.setOnAction(event -> model.redo());
        clear.setOnAction(event -> model.clear());
        // Keyboard: after drawing, type the digit it really is, or Enter when it was read right.
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> canvas.requestFocus());
        addEventHandler(KeyEvent.KEY_TYPED, this::digitTyped);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.keepAsRead();
                event.consume();
            }
        });
        pictures.acceptDrops();
    }

    private void digitTyped(KeyEvent event) {
        String typed = event.getCharacter();
        boolean inTextField = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (!inTextField && typed.length() == 1 && Character.isDigit(typed.charAt(0))
                && model.displayProperty().get() != null) {
            model.keepAsExample(typed.charAt(0) - '0');
            event.consume();
        }
    }

    /** Asks for a picture file and opens it. */
    public void chooseImage() {
        pictures.chooseImage();
    }

    /** Uses the clipboard's picture, or its first picture file. */
    public void pasteFromClipboard() {
        pictures.pasteFromClipboard();
    }
}
