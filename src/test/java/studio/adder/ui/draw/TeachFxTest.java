package studio.adder.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.TestData;
import studio.adder.data.MnistFolder;
import studio.adder.mydigits.MyDigits;
import studio.adder.ui.MainWindow;
import studio.adder.ui.StudioPreferences;
import studio.adder.ui.Theme;
import studio.adder.ui.common.IoRunner;
import studio.adder.ui.mydigits.MyDigitsViewModel;
import studio.adder.ui.train.ChartFrame;
import studio.adder.ui.train.CurveKind;
import studio.adder.ui.train.TrainState;
import studio.adder.ui.train.TrainViewModel;

/**
 * "Teach it my handwriting" in a real window: draw, correct the prediction, find the example on
 * disk and in the My digits gallery, fine-tune on a small set and switch to the new model.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class TeachFxTest {

    private static final Path HOME = Path.of("target/test-home/teach-" + ProcessHandle.current().pid());

    private MainWindow window;
    private DrawViewModel model;
    private MyDigits store;

    @BeforeAll
    static void startEngine() throws Exception {
        // Outside the FX setup, whose timeout a busy machine's MXNet start-up can exceed.
        TestEngine.start();
    }

    @Start
    void start(Stage stage) throws Exception {
        StudioPreferences preferences = TestEngine.freshPreferences("teach");
        preferences.saveTheme(Theme.LIGHT);
        store = new MyDigits(HOME.resolve("my-digits-" + System.nanoTime()));
        window = new MainWindow(TestEngine.context(new MyDigitsViewModel(new IoRunner(), store)), preferences);
        window.show(stage);
        model = window.drawTab().viewModel();
    }

    @BeforeEach
    void waitForTheShippedModel() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.activeModel().activeProperty().get() != null);
    }

    @Test
    void aCorrectedDrawingIsKeptOnDiskAndShownInTheGallery(FxRobot robot) throws Exception {
        // A flagged one: a long flag and a stem, which MNIST-trained models often read as a 7.
        CanvasPen.drag(robot, new double[][] {{0.28, 0.34}, {0.42, 0.24}, {0.55, 0.15}, {0.55, 0.5}, {0.55, 0.85}});
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !model.busyProperty().get() && model.displayProperty().get() != null);
        saveSnapshotIfAsked(robot, "draw");
        robot.clickOn("#correct-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.counts()[1] == 1
                && window.myDigitsTab().viewModel().totalProperty().get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(model.emptyProperty().get(), "the canvas is cleared for the next drawing");
        assertTrue(((Label) robot.lookup("#kept").query()).getText().startsWith("Kept as an example of 1"));
        Path input = store.list(1).get(0).input();
        assertTrue(Files.size(input) > 0);
        assertTrue(Files.exists(store.list(1).get(0).original()), "the drawing at canvas size is kept too");

        // Typing a digit keeps the next drawing as that digit.
        CanvasPen.drag(robot, new double[][] {{0.5, 0.15}, {0.5, 0.85}});
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.displayProperty().get() != null);
        robot.write("4");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.myDigitsTab().viewModel().totalProperty().get() == 2);

        robot.clickOn("My digits");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 · 1 example", ((Label) robot.lookup("#count-1").query()).getText());
        assertEquals(1, ((Pane) robot.lookup("#examples-1").query()).getChildren().size());
        assertEquals(1, ((Pane) robot.lookup("#examples-4").query()).getChildren().size());
        saveSnapshotIfAsked(robot, "my-digits");

        // A small set of one person's handwriting joins them, then a tiny fine-tune on the slice.
        store.importFrom(Path.of("src/test/resources/my-digits/scripted-person/finetune"));
        robot.interact(() -> window.myDigitsTab().viewModel().refresh());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.myDigitsTab().viewModel().totalProperty().get() == 52);
        robot.clickOn("Train");
        TrainViewModel training = window.trainTab().model();
        robot.interact(() -> training.data().choose(new MnistFolder(TestData.SLICE)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> training.data().readyProperty().get());
        robot.clickOn("Teach it my handwriting");
        robot.clickOn("#fine-tune-preset");
        assertTrue(((CheckBox) robot.lookup("#start-from-model").query()).isSelected());
        assertTrue(((CheckBox) robot.lookup("#mix-examples").query()).isSelected());
        assertEquals("1", training.form().epochsProperty().get(), "fine-tuning is one short epoch");
        robot.interact(() -> ((TextField) robot.lookup("#training-limit").query()).setText("192"));
        saveSnapshotIfAsked(robot, "train-before");
        // Start sits below the settings, out of sight in a small window: fire it as a click would.
        robot.interact(() -> ((Button) robot.lookup("#start").query()).fire());
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> training.stateProperty().get() == TrainState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(training.messageProperty().get().contains("Your 52 examples"), training.messageProperty().get());
        ChartFrame frame = training.charts().frameProperty().get();
        assertTrue(frame.accuracyCurve(CurveKind.DIGIT_EXAMPLES).size() >= 2,
                "scored before the first batch and after the epoch: " + frame.accuracyCurve(CurveKind.DIGIT_EXAMPLES));
        Path tuned = training.lastCheckpointProperty().get();
        assertTrue(Files.readString(tuned.resolve("model.json")).contains("\"examplesPerDigit\""));

        robot.interact(() -> ((Button) robot.lookup("#use-model").query()).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.activeModel().activeProperty().get() != null
                && tuned.getFileName().toString().equals(model.activeModel().activeProperty().get().name()));
        saveSnapshotIfAsked(robot, "train");
    }

    /** With {@code -Dadder.snapshots=DIR}, saves the window as {@code DIR/<name>.png} to look at. */
    private void saveSnapshotIfAsked(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("adder.snapshots");
        if (folder != null) {
            var image = WaitForAsyncUtils.asyncFx(() -> robot.listTargetWindows().get(0).getScene().snapshot(null)).get();
            Files.createDirectories(Path.of(folder));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(folder, name + ".png").toFile());
        }
    }
}
