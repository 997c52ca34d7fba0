package studio.adder.ui.library;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import studio.adder.library.RecentModel;
import studio.adder.library.RecentModels;
import studio.adder.predict.ModelSummary;
import studio.adder.ui.ActiveModelViewModel;
import studio.adder.ui.common.FileDialogs;
import studio.adder.ui.draw.DrawView;
import studio.adder.ui.draw.DrawViewModel;

/** The drawing tab's menus (File, Edit, Model with recent models) and the shortcuts that have no menu item of their own. */
public final class LibraryMenus {

    private final DrawView view;
    private final DrawViewModel model;
    private final ActiveModelViewModel activeModel;
    private final ModelLibraryViewModel library;
    private final FileDialogs dialogs;

    /** What an exported model archive looks like to a file dialog. */
    public static final FileDialogs.FileKind MODEL_ARCHIVES = FileDialogs.FileKind.of("Model archives (.zip)", "*.zip");
    // Edit shortcuts act on the drawing only while it is shown: Delete on the training tab must not wipe it.
    private final BooleanProperty drawingShown = new SimpleBooleanProperty(true);

    /**
     * Menus acting on {@code view} and {@code model}; the Model menu switches {@code activeModel}
     * among the shipped model, this session's and the library's recent ones, and File exports
     * through the library; files and folders are asked for through {@code dialogs}.
     */
    public LibraryMenus(DrawView view, DrawViewModel model, ActiveModelViewModel activeModel,
            ModelLibraryViewModel library, FileDialogs dialogs) {
        this.dialogs = dialogs;
        this.view = view;
        this.model = model;
        this.activeModel = activeModel;
        this.library = library;
    }

    /** File: open and paste pictures, export the active model. */
    public Menu fileMenu() {
        MenuItem export = item("_Export model…", "Ctrl+E", this::chooseExportTarget);
        export.setId("export-model");
        export.disableProperty().bind(library.exportingProperty().or(activeModel.activeProperty().isNull()));
        return new Menu("_File", null,
                item("_Open image…", "Ctrl+O", view::chooseImage),
                item("_Paste image", "Ctrl+V", view::pasteFromClipboard),
                new SeparatorMenuItem(),
                export);
    }

    /** Makes the Edit menu and its shortcuts follow whether the drawing tab is shown. */
    public void bindDrawingShown(ObservableBooleanValue shown) {
        drawingShown.bind(shown);
    }

    /** Edit: undo, redo, clear. */
    public Menu editMenu() {
        MenuItem undo = item("_Undo", "Ctrl+Z", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not().or(drawingShown.not()));
        MenuItem redo = item("_Redo", "Ctrl+Shift+Z", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not().or(drawingShown.not()));
        MenuItem clear = item("_Clear", "Delete", model::clear);
        clear.disableProperty().bind(drawingShown.not());
        return new Menu("_Edit", null, undo, redo, clear);
    }

    /** Model: the shipped model, this session's models, recent models, and any folder or archive. */
    public Menu modelMenu() {
        Menu menu = new Menu("_Model");
        Runnable rebuild = () -> {
            menu.getItems().setAll(item("_Shipped model", null, activeModel::useShipped));
            if (!activeModel.trainedThisSession().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
                for (ModelSummary trained : activeModel.trainedThisSession()) {
                    menu.getItems().add(item(trained.name() + " (trained this session)", null,
                            () -> activeModel.use(trained.source())));
                }
            }
            if (!library.recent().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
                library.recent().stream().limit(RecentModels.CAPACITY).map(this::recentItem)
                        .forEach(menu.getItems()::add);
            }
            menu.getItems().addAll(new SeparatorMenuItem(),
                    item("Open model _folder…", "Ctrl+M", this::chooseModelFolder),
                    item("Open model _archive…", "Ctrl+Shift+M", this::chooseModelArchive));
        };
        rebuild.run();
        activeModel.trainedThisSession().addListener((ListChangeListener<ModelSummary>) change -> rebuild.run());
        library.recent().addListener((ListChangeListener<RecentModel>) change -> rebuild.run());
        return menu;
    }

    private MenuItem recentItem(RecentModel recent) {
        MenuItem item = item(ModelLibraryViewModel.menuLabel(recent), null, () -> activeModel.use(recent.path()));
        // Names may hold underscores; they are not mnemonics here.
        item.setMnemonicParsing(false);
        item.setDisable(recent.missing());
        return item;
    }

    /** Adds Ctrl+Y (redo) and Esc (clear), which share their menu items with other shortcuts. */
    public void installExtraShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> {
            if (drawingShown.get()) {
                model.redo();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            if (drawingShown.get()) {
                model.clear();
            }
        });
    }

    /** All three menus, in menu bar order. */
    public List<Menu> menus() {
        return List.of(fileMenu(), editMenu(), modelMenu());
    }

    private void chooseExportTarget() {
        ModelSummary active = activeModel.activeProperty().get();
        ExportChooser.ask(dialogs, view.getScene().getWindow(), "Export the active model",
                active == null ? "model" : active.name())
                .ifPresent(choice -> library.exportActiveModel(choice.format(), choice.target()));
    }

    private void chooseModelFolder() {
        dialogs.openFolder(view.getScene().getWindow(), "Open a model folder").ifPresent(activeModel::use);
    }

    private void chooseModelArchive() {
        dialogs.openFile(view.getScene().getWindow(), "Open an exported model archive", MODEL_ARCHIVES, null)
                .ifPresent(activeModel::use);
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut.replace("Ctrl", "Shortcut")));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
