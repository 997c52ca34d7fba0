package studio.adder.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.library.RecentModel;
import studio.adder.library.RecentModels;
import studio.adder.ui.AppContext;
import studio.adder.ui.common.FileDialogs;
import studio.adder.ui.common.ImmediateRunner;
import studio.adder.ui.draw.DrawView;
import studio.adder.ui.draw.DrawViewModel;
import studio.adder.ui.draw.TestEngine;

/**
 * The drawing tab's menus for the model library: File > Export model, and the Model menu's
 * remembered models, most recent first, with those that are gone greyed out; opening a model asks
 * through the file dialogs, then switches.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryMenusFxTest {

    @TempDir
    Path temp;

    private RecentModels store;
    private ModelLibraryViewModel library;
    private LibraryMenus menus;
    private AppContext context;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @Start
    void start(Stage stage) throws Exception {
        context = TestEngine.context();
        context.useFileDialogs(dialogs);
        store = new RecentModels(temp.resolve("recent-models.json"));
        library = new ModelLibraryViewModel(new ImmediateRunner(), context.predictions(), store);
        DrawViewModel model = new DrawViewModel(context.runner(), context.activeModel());
        DrawView view = new DrawView(model, context.fileDialogs());
        menus = new LibraryMenus(view, model, context.activeModel(), library, context.fileDialogs());
        stage.setScene(new Scene(view, 400, 300));
        stage.show();
    }

    @Test
    void recentModelsAreListedNewestFirstAndMissingOnesDisabled(FxRobot robot) throws Exception {
        Path kept = Files.createDirectories(temp.resolve("kept_model"));
        Path gone = Files.createDirectories(temp.resolve("gone"));
        store.record(new RecentModel("kept_model", "compact", 0.985, 0.962, "2026-11-27T09:00:00Z", kept, false));
        store.record(new RecentModel("gone", "seed", 0.9, 0.5, "2026-11-28T09:00:00Z", gone, false));
        Files.delete(gone);

        Menu[] built = new Menu[1];
        robot.interact(() -> {
            built[0] = menus.modelMenu();
            library.refresh();
        });

        List<MenuItem> recent = built[0].getItems().stream()
                .filter(item -> item.getText() != null && item.getText().contains(" · ")).toList();
        assertEquals(2, recent.size(), "both remembered models are listed");
        assertEquals("gone · seed · digit 90.0 %, sum 50.0 % · 2026-11-28 (missing)", recent.get(0).getText());
        assertTrue(recent.get(0).isDisable(), "a model that is gone cannot be chosen");
        assertEquals("kept_model · compact · digit 98.5 %, sum 96.2 % · 2026-11-27", recent.get(1).getText());
        assertFalse(recent.get(1).isDisable());
        assertFalse(recent.get(1).isMnemonicParsing(), "the underscore in the name stays visible");
    }

    @Test
    void fileMenuOffersExportWithCtrlEOnceAModelIsActive(FxRobot robot) {
        Menu[] built = new Menu[1];
        robot.interact(() -> built[0] = menus.fileMenu());

        MenuItem export = built[0].getItems().stream().filter(item -> "export-model".equals(item.getId()))
                .findFirst().orElseThrow();
        assertEquals("Shortcut+E", export.getAccelerator().getName());
        assertTrue(export.isDisable(), "nothing to export before the first model is active");
    }

    @Test
    void openModelFolderAsksThenSwitchesAndACancelledDialogChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> context.activeModel().start());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.activeModel().activeProperty().get() != null);
        MenuItem openFolder = itemNamed(robot, "Open model _folder…");

        dialogs.answer = Optional.empty();
        robot.interact(openFolder::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Open a model folder"), dialogs.asked);
        assertTrue(context.activeModel().activeProperty().get().shipped(), "cancelled: the shipped model stays");

        Path folder = Path.of("models", "compact-mnist").toAbsolutePath();
        dialogs.answer = Optional.of(folder);
        robot.interact(openFolder::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> folder.equals(context.activeModel().activeProperty().get().source()));
        assertFalse(context.activeModel().activeProperty().get().shipped(), "opened from its folder, not as shipped");
    }

    private MenuItem itemNamed(FxRobot robot, String text) {
        Menu[] built = new Menu[1];
        robot.interact(() -> built[0] = menus.modelMenu());
        return built[0].getItems().stream().filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    /** Answers every file question with a prepared path (or a cancel) and remembers the titles asked. */
    private static final class AnsweringDialogs implements FileDialogs {
        final List<String> asked = new ArrayList<>();
        Optional<Path> answer = Optional.empty();

        @Override
        public Optional<Path> openFile(Window owner, String title, FileKind kind, Path startIn) {
            asked.add(title);
            return answer;
        }

        @Override
        public Optional<Path> openFolder(Window owner, String title) {
            asked.add(title);
            return answer;
        }

        @Override
        public Optional<Path> saveFile(Window owner, String title, String suggestedName, FileKind kind) {
            asked.add(title);
            return answer;
        }
    }
}
