package studio.adder.ui.mydigits;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import studio.adder.ui.common.FileDialogs;
import studio.adder.ui.common.HomePaths;
import studio.adder.ui.common.MessageDialogs;

/**
 * The My digits tab: a gallery of the kept examples, one section per digit with its count, and a
 * toolbar to delete or re-file the picked example and to import or export a folder. Binds to a
 * {@link MyDigitsViewModel}; no logic.
 */
public final class MyDigitsView extends BorderPane {

    private static final double THUMBNAIL = 56;

    private final MyDigitsViewModel model;
    private final FileDialogs dialogs;

    // Parts
    private final Button importFolder = new Button("Import folder…");
    private final Button exportFolder = new Button("Export folder…");
    private final Button delete = new Button("Delete");
    private final ComboBox<Integer> moveTarget = new ComboBox<>();
    private final Button move = new Button("Move to digit");
    private final Label summary = new Label();
    private final Label folder = new Label();
    private final VBox sections = new VBox(10);
    private final ToggleGroup tiles = new ToggleGroup();

    /** Builds the view over {@code model}, asking for folders through {@code dialogs}. */
    public MyDigitsView(MyDigitsViewModel model, FileDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        identifyParts();
        layOut();
        bind();
        wireEvents();
        rebuild();
    }

    private void identifyParts() {
        importFolder.setId("import-examples");
        exportFolder.setId("export-examples");
        delete.setId("delete-example");
        moveTarget.setId("move-target");
        move.setId("move-example");
        summary.setId("examples-summary");
        sections.setId("gallery");
    }

    private void layOut() {
        for (int digit = 0; digit < 10; digit++) {
            moveTarget.getItems().add(digit);
        }
        moveTarget.setValue(1);
        importFolder.setTooltip(new Tooltip("Add the pictures of a folder with a subfolder per digit (0-9)"));
        exportFolder.setTooltip(new Tooltip("Copy your examples into a folder, a subfolder per digit"));
        delete.setTooltip(new Tooltip("Delete the picked example (Delete)"));
        move.setTooltip(new Tooltip("File the picked example under another digit"));
        setTop(new ToolBar(importFolder, exportFolder, new Separator(), delete, move, moveTarget,
                new Separator(), summary));
        sections.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        folder.setPadding(new Insets(4, 12, 4, 12));
        folder.setText("Kept in " + HomePaths.shortPath(model.folder()) + " (28×28 inputs; drawings at canvas size in "
                + model.folder().getFileName() + "-originals beside it).");
        folder.setWrapText(true);
        setBottom(folder);
    }

    private void bind() {
        summary.textProperty().bind(model.summaryProperty());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        move.disableProperty().bind(model.selectedProperty().isNull());
        model.examples().addListener((ListChangeListener<ExampleTile>) change -> rebuild());
        model.messageProperty().addListener((obs, old, now) ->
                MessageDialogs.show(getScene() == null ? null : getScene().getWindow(), now));
    }

    private void wireEvents() {
        importFolder.setOnAction(event -> chooseFolder("Import examples from a folder with a subfolder per digit")
                .ifPresent(model::importFrom));
        exportFolder.setOnAction(event -> chooseFolder("Export examples into a folder")
                .ifPresent(model::exportTo));
        delete.setOnAction(event -> model.deleteSelected());
        move.setOnAction(event -> model.moveSelected(moveTarget.getValue()));
        tiles.selectedToggleProperty().addListener((obs, old, now) ->
                model.select(now == null ? null : (ExampleTile) now.getUserData()));
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && model.selectedProperty().get() != null) {
                model.deleteSelected();
                event.consume();
            }
        });
    }

    private Optional<Path> chooseFolder(String title) {
        return dialogs.openFolder(getScene().getWindow(), title);
    }

    private void rebuild() {
        sections.getChildren().clear();
        tiles.getToggles().clear();
        List<ExampleTile> all = model.examples();
        int[] counts = model.countsProperty().get();
        for (int digit = 0; digit < 10; digit++) {
            Label heading = new Label(digit + " · " + counts[digit] + (counts[digit] == 1 ? " example" : " examples"));
            heading.getStyleClass().add("title-4");
            heading.setId("count-" + digit);
            FlowPane row = new FlowPane(4, 4);
            row.setId("examples-" + digit);
            for (ExampleTile tile : all) {
                if (tile.digit() == digit) {
                    row.getChildren().add(tileButton(tile));
                }
            }
            sections.getChildren().addAll(heading, row);
        }
    }

    private ToggleButton tileButton(ExampleTile tile) {
        ImageView image = new ImageView(toImage(tile.pixels()));
        image.setFitWidth(THUMBNAIL);
        image.setFitHeight(THUMBNAIL);
        image.setSmooth(false);
        ToggleButton button = new ToggleButton(null, image);
        button.getStyleClass().add("example-tile");
        button.setUserData(tile);
        button.setToggleGroup(tiles);
        button.setTooltip(new Tooltip(tile.name()));
        button.setSelected(tile.equals(model.selectedProperty().get()));
        return button;
    }

    private static WritableImage toImage(float[] pixels) {
        WritableImage image = new WritableImage(28, 28);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                writer.setColor(x, y, Color.gray(Math.max(0, Math.min(1, pixels[y * 28 + x]))));
            }
        }
        return image;
    }
}
