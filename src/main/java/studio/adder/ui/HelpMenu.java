package studio.adder.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * Help: Getting started (the one-minute tour, in the window) and About (version, engine and
 * natives, the licences of the shipped libraries). Each opens once; asking again brings it to the
 * front.
 */
final class HelpMenu {

    /** The tour: what to do, in the order a newcomer does it. */
    private static final List<String[]> TOUR = List.of(
            new String[] {"1. Draw",
                "Draw a digit on the black canvas of the Draw tab, with the mouse, a pen or a finger, and pick a "
                        + "number to add (or Roll one). Both heads answer while you draw: the digit with 10 bars, "
                        + "the digit plus the number with 19. Beside them is the 28×28 picture the model actually "
                        + "sees. Ctrl+Z undoes a stroke, Esc clears; File > Open image, paste or drop a picture to "
                        + "read one instead."},
            new String[] {"2. Train",
                "In the Train tab, Fetch MNIST once (or Choose folder… if you have it), then Start. Three epochs "
                        + "of the default recipe take about a minute on two cores, with loss and accuracy charts "
                        + "for both heads, a confusion matrix and the misread test images. Use this model hands "
                        + "the result to the Draw tab."},
            new String[] {"3. Teach it your handwriting",
                "When the Draw tab misreads you, click the right digit under the bars (Wrong? It is) or type it; "
                        + "Keep as read (Enter) keeps a right answer. The My digits tab collects your examples. "
                        + "Teach it my handwriting in the Train tab fine-tunes the model on them in seconds."},
            new String[] {"4. Export",
                "File > Export model (Ctrl+E) writes the model for DJL (one .zip, which "
                        + "Criteria.builder().optModelPath(zip) loads in your own program), ONNX (any ONNX runtime), "
                        + "PyTorch (a folder for Python), or as a web page that draws and answers offline in any "
                        + "browser."});

    private final Stage owner;
    private final AboutViewModel about;
    private Stage tour;
    private Stage aboutWindow;

    HelpMenu(Stage owner, AboutViewModel about) {
        this.owner = owner;
        this.about = about;
    }

    /** The Help menu: Getting started (F1) and About. */
    Menu menu() {
        MenuItem gettingStarted = new MenuItem("_Getting started");
        gettingStarted.setId("getting-started");
        gettingStarted.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        gettingStarted.setOnAction(event -> showTour());
        MenuItem aboutItem = new MenuItem("_About Adder Studio");
        aboutItem.setId("about");
        aboutItem.setOnAction(event -> showAbout());
        return new Menu("_Help", null, gettingStarted, aboutItem);
    }

    /** Opens (or raises) the Getting started window. */
    void showTour() {
        if (tour == null) {
            VBox steps = new VBox(14, title("Getting started: a one-minute tour"));
            for (String[] step : TOUR) {
                steps.getChildren().add(new VBox(4, heading(step[0]), paragraph(step[1])));
            }
            steps.getChildren().add(paragraph("Every window feature is also a command (train, evaluate, predict, "
                    + "export, fetch-mnist, bench): run adder-studio --help. The user guide and the other documents "
                    + "are in the docs folder of the source."));
            tour = window("Getting started", steps, 600, 660);
            tour.getScene().getRoot().setId("getting-started-window");
        }
        tour.show();
        tour.toFront();
    }

    /** Opens (or raises) the About window. */
    void showAbout() {
        if (aboutWindow == null) {
            about.load();
            GridPane facts = new GridPane();
            facts.setHgap(12);
            facts.setVgap(4);
            addFact(facts, 0, "Version", new Label(about.info().version()));
            addFact(facts, 1, "Engine", boundTo(about.engineProperty()));
            addFact(facts, 2, "Natives", boundTo(about.nativesProperty()));
            addFact(facts, 3, "Java", new Label(about.java()));
            addFact(facts, 4, "JavaFX", new Label(about.javaFx()));
            addFact(facts, 5, "System", new Label(about.system()));
            TableView<AboutInfo.Library> libraries = new TableView<>();
            libraries.setId("libraries");
            libraries.getColumns().add(column("Library", 230, AboutInfo.Library::name));
            libraries.getColumns().add(column("Version", 90, AboutInfo.Library::version));
            libraries.getColumns().add(column("Licence", 260, AboutInfo.Library::licence));
            libraries.getItems().setAll(about.info().libraries());
            libraries.setPrefHeight(230);
            VBox.setVgrow(libraries, Priority.ALWAYS);
            VBox content = new VBox(10, title("Adder Studio"),
                    paragraph("Draw a digit, pick a number, and a two-headed network answers twice: the digit, "
                            + "and the digit plus the number."),
                    facts, heading("Libraries shipped with the app"), libraries,
                    paragraph("MNIST is by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, under the "
                            + "Creative Commons Attribution-Share Alike 3.0 license; the shipped model was trained "
                            + "on it."));
            aboutWindow = window("About Adder Studio", content, 660, 700);
            aboutWindow.getScene().getRoot().setId("about-window");
        }
        aboutWindow.show();
        aboutWindow.toFront();
    }

    private static Label boundTo(ReadOnlyStringProperty text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        return label;
    }

    private static void addFact(GridPane grid, int row, String name, Label value) {
        Label label = new Label(name);
        label.getStyleClass().add("help-fact");
        value.setId("about-" + name.toLowerCase(Locale.ROOT));
        grid.addRow(row, label, value);
    }

    private static TableColumn<AboutInfo.Library, String> column(String name, double width,
            Function<AboutInfo.Library, String> value) {
        TableColumn<AboutInfo.Library, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Stage window(String title, Node content, double width, double height) {
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // Content shorter than the window fills it, so the libraries' table takes the spare height.
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(12, scroll, new HBox(grow, close));
        root.setPadding(new Insets(18));
        root.getStyleClass().add("help-window");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(HelpMenu.class.getResource("studio.css").toExternalForm());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        stage.getIcons().setAll(owner.getIcons());
        stage.setScene(scene);
        close.setOnAction(event -> stage.hide());
        return stage;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("help-title");
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("help-heading");
        return label;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
