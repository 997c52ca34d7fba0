package studio.adder.ui;

import java.io.File;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import studio.adder.ui.common.DroppedFiles;
import studio.adder.ui.common.MessageDialogs;
import studio.adder.ui.draw.DrawTab;
import studio.adder.ui.draw.DrawViewModel;
import studio.adder.ui.inside.InsideTab;
import studio.adder.ui.library.LibraryMenus;
import studio.adder.ui.mydigits.MyDigitsTab;
import studio.adder.ui.train.TrainTab;

/**
 * The main window: menus, the drawing tab first, the training tab second, the user's examples third, the look inside fourth. Models dropped anywhere
 * on it are opened; closing it during a training run asks first.
 */
public final class MainWindow {

    private final AppContext context;
    private final StudioPreferences preferences;
    private HelpMenu helpMenu;
    private DrawTab drawTab;
    private TrainTab trainTab;
    private MyDigitsTab myDigitsTab;
    private InsideTab insideTab;

    /** A window over the shared context, remembering its look and bounds in {@code preferences}. */
    public MainWindow(AppContext context, StudioPreferences preferences) {
        this.context = context;
        this.preferences = preferences;
    }

    /** Builds the scene into {@code stage} and shows it. */
    public void show(Stage stage) {
        preferences.theme().apply();
        drawTab = new DrawTab(context);
        DrawViewModel drawing = drawTab.viewModel();
        ActiveModelViewModel activeModel = context.activeModel();
        // Every model that becomes active is remembered, even when it was active before:
        // an invalidation listener hears a new but equal summary, a change listener would not.
        activeModel.activeProperty().addListener(observable ->
                context.library().remember(activeModel.activeProperty().get()));
        LibraryMenus libraryMenus = new LibraryMenus(drawTab.drawView(), drawing, activeModel, context.library(),
                context.fileDialogs());
        Tab draw = new Tab("Draw", drawTab.view());
        trainTab = new TrainTab(context);
        Tab train = new Tab("Train", trainTab.view());
        myDigitsTab = new MyDigitsTab(context);
        Tab myDigits = new Tab("My digits", myDigitsTab.view());
        myDigits.setId("my-digits-tab");
        insideTab = new InsideTab(context, drawTab.viewModel());
        Tab inside = new Tab("Inside", insideTab.view());
        inside.setId("inside-tab");
        // The Inside tab explains each drawing only while it shows, so the Draw tab never waits for it.
        inside.selectedProperty().addListener((o, old, shown) -> insideTab.viewModel().setActive(shown));
        TabPane tabs = new TabPane(draw, train, myDigits, inside);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        MenuBar menuBar = new MenuBar();
        menuBar.getMenus().addAll(libraryMenus.menus());
        menuBar.getMenus().add(viewMenu());
        helpMenu = new HelpMenu(stage, new AboutViewModel(context.runner(), context.predictions(), AboutInfo.read()));
        menuBar.getMenus().add(helpMenu.menu());
        menuBar.getMenus().get(0).getItems().addAll(new SeparatorMenuItem(), quitItem(stage));
        libraryMenus.bindDrawingShown(draw.selectedProperty());
        drawTab.viewModel().startNumber(preferences.number());
        drawTab.viewModel().numberProperty().addListener((o, old, now) -> preferences.saveNumber(now.intValue()));
        BorderPane root = new BorderPane(tabs);
        root.setTop(menuBar);
        Scene scene = new Scene(root, 1180, 780);
        scene.getStylesheets().add(MainWindow.class.getResource("studio.css").toExternalForm());
        libraryMenus.installExtraShortcuts(scene);
        // Tabs handle what is theirs (the canvas takes pictures); whatever reaches the scene is a model.
        scene.setOnDragOver(this::modelDragOver);
        scene.setOnDragDropped(this::modelDropped);
        context.library().messageProperty().addListener((o, old, message) ->
                MessageDialogs.show(stage, message));
        context.library().refresh();
        stage.setTitle("Adder Studio");
        stage.getIcons().setAll(AppIcons.images());
        stage.setScene(scene);
        restoreBounds(stage);
        stage.setOnCloseRequest(event -> {
            if (!trainTab.confirmCloseAndStop(stage)) {
                event.consume();
            }
        });
        stage.setOnHidden(event -> preferences.saveWindowBounds(
                new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
        stage.show();
    }

    /** The drawing tab, once shown. */
    public DrawTab drawTab() {
        return drawTab;
    }

    /** The My digits tab, once shown. */
    public MyDigitsTab myDigitsTab() {
        return myDigitsTab;
    }

    /** The Inside tab, once shown. */
    public InsideTab insideTab() {
        return insideTab;
    }

    /** The training tab, once shown. */
    public TrainTab trainTab() {
        return trainTab;
    }

    private void modelDragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && DroppedFiles.firstModel(event.getDragboard().getFiles()).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void modelDropped(DragEvent event) {
        Optional<File> model = event.getDragboard().hasFiles()
                ? DroppedFiles.firstModel(event.getDragboard().getFiles()) : Optional.empty();
        // Loading fails politely: the previous model stays and the drawing tab says why.
        model.ifPresent(file -> context.activeModel().use(file.toPath()));
        event.setDropCompleted(model.isPresent());
        event.consume();
    }

    /** Quit goes through the same question as closing the window while a run trains. */
    private MenuItem quitItem(Stage stage) {
        MenuItem quit = new MenuItem("_Quit");
        quit.setId("quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> {
            if (trainTab.confirmCloseAndStop(stage)) {
                stage.close();
            }
        });
        return quit;
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        Menu menu = new Menu("_View");
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.label() + " theme");
            item.setId("theme-" + theme.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(themes);
            item.setSelected(theme == preferences.theme());
            item.setOnAction(event -> {
                theme.apply();
                preferences.saveTheme(theme);
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private void restoreBounds(Stage stage) {
        // Only restore bounds that still fall on a screen: a monitor may have been unplugged since.
        preferences.windowBounds()
                .filter(bounds -> !Screen.getScreensForRectangle(bounds).isEmpty())
                .ifPresent(bounds -> {
                    stage.setX(bounds.getMinX());
                    stage.setY(bounds.getMinY());
                    stage.setWidth(bounds.getWidth());
                    stage.setHeight(bounds.getHeight());
                });
    }
}
