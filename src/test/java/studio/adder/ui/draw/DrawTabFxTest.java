package studio.adder.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.data.IdxImages;
import studio.adder.data.IdxLabels;
import studio.adder.data.IdxReader;
import studio.adder.preprocess.MnistPreprocessor;
import studio.adder.ui.MainWindow;
import studio.adder.ui.StudioPreferences;
import studio.adder.ui.Theme;

/** The drawing tab in a real window (headless Monocle) over the real engine thread and shipped model. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class DrawTabFxTest {

    private static final Path SLICE = Path.of("src/test/resources/mnist-slice");

    private MainWindow window;
    private DrawViewModel model;
    private StudioPreferences preferences;

    @Start
    void start(Stage stage) throws Exception {
        preferences = TestEngine.freshPreferences("draw");
        preferences.saveTheme(Theme.LIGHT);
        window = new MainWindow(TestEngine.context(), preferences);
        window.show(stage);
        model = window.drawTab().viewModel();
    }

    @BeforeEach
    void waitForTheShippedModel() throws Exception {
        // Not in @Start: that runs on the FX thread, which must stay free to receive the result.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.activeModel().activeProperty().get() != null);
    }

    @Test
    void theAnswersAreWarmedUpInTheBackgroundOnceTheModelIsActive() throws Exception {
        DrawTab fresh = window.drawTab();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fresh.warmUpAnswered() == DrawTab.WARM_UP_ANSWERS);
        assertEquals(DrawTab.WARM_UP_ANSWERS, fresh.warmUpAnswered());
    }

    @Test
    void aVerticalStrokeIsAOne(FxRobot robot) throws Exception {
        setNumber(robot, 4);
        CanvasPen.drag(robot, new double[][] {{0.5, 0.15}, {0.5, 0.5}, {0.5, 0.85}});
        PredictionDisplay display = settledDisplay();
        assertEquals("1", display.digit());
        assertEquals("5", display.sum());
        assertEquals("1", robot.lookup("#digit").queryLabeled().getText());
        assertEquals(1, ((ProbabilityBars) robot.lookup("#digit-bars").query()).winner());
    }

    @Test
    void aSevenIsASeven(FxRobot robot) throws Exception {
        setNumber(robot, 2);
        CanvasPen.drag(robot, new double[][] {{0.25, 0.2}, {0.5, 0.2}, {0.75, 0.2}, {0.6, 0.5}, {0.45, 0.85}});
        PredictionDisplay display = settledDisplay();
        assertEquals("7", display.digit());
        assertEquals("9", display.sum());
    }

    @Test
    void atLeastNineteenOfTwentyMnistImagesAreRecognised(FxRobot robot, @TempDir Path folder) throws Exception {
        IdxImages images = IdxReader.readImages(SLICE.resolve("t10k-images-idx3-ubyte.gz"));
        IdxLabels labels = IdxReader.readLabels(SLICE.resolve("t10k-labels-idx1-ubyte.gz"));
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path file = folder.resolve("mnist-" + i + ".png");
            ImageIO.write(toPicture(images, i), "png", file.toFile());
            robot.interact(() -> model.openImage(file));
            PredictionDisplay display = settledDisplay();
            assertNotNull(model.pictureProperty().get(), "the picture is shown on the canvas");
            if (!display.digit().equals(Integer.toString(labels.label(i)))) {
                wrong.add(i);
            }
        }
        assertTrue(wrong.size() <= 1, "misread MNIST test images: " + wrong);
    }

    @Test
    void theNumberToAddIsRememberedForTheNextSession(FxRobot robot) {
        // The session may have rolled a 7 already, and setting the same number changes nothing.
        setNumber(robot, 3);
        setNumber(robot, 7);
        assertEquals(OptionalInt.of(7), preferences.number());
    }

    @Test
    void spinnerAndRollChangeTheSum(FxRobot robot) throws Exception {
        setNumber(robot, 0); // the session starts from a rolled or remembered number
        CanvasPen.drag(robot, new double[][] {{0.5, 0.15}, {0.5, 0.85}});
        String sumBefore = settledDisplay().sum();
        robot.clickOn("#number .increment-arrow-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.numberProperty().get());
        String sumAfterSpinner = settledDisplay().sum();
        assertNotEquals(sumBefore, sumAfterSpinner);
        robot.clickOn("#roll");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(1, model.numberProperty().get());
        assertNotEquals(sumAfterSpinner, settledDisplay().sum());
    }

    @Test
    void undoRedoAndClear(FxRobot robot) throws Exception {
        CanvasPen.drag(robot, new double[][] {{0.5, 0.15}, {0.5, 0.85}});
        CanvasPen.drag(robot, new double[][] {{0.3, 0.3}, {0.7, 0.3}});
        assertEquals(2, model.strokes().size());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(1, model.strokes().size());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertEquals(2, model.strokes().size());
        robot.clickOn("#undo");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(2, model.strokes().size());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.strokes().size());
        assertTrue(robot.lookup("#hint").query().isVisible());
        assertNull(model.displayProperty().get());
        robot.clickOn("#undo");
        assertEquals(2, model.strokes().size());
        robot.clickOn("#clear");
        assertTrue(model.emptyProperty().get());
    }

    @Test
    void anOpenedImageIsShownAndPredicted(FxRobot robot, @TempDir Path folder) throws Exception {
        IdxImages images = IdxReader.readImages(SLICE.resolve("t10k-images-idx3-ubyte.gz"));
        Path file = folder.resolve("seven.png");
        ImageIO.write(toPicture(images, 0), "png", file.toFile());
        robot.interact(() -> model.openImage(file));
        assertEquals("7", settledDisplay().digit());
        assertNotNull(model.pictureProperty().get());
        assertTrue(!robot.lookup("#hint").query().isVisible());
    }

    @Test
    void themeSwitchesAndIsRemembered(FxRobot robot) {
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK.stylesheet(), Application.getUserAgentStylesheet());
        assertEquals(Theme.DARK, preferences.theme());
        robot.clickOn("View").clickOn("Light theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.LIGHT, preferences.theme());
    }

    /**
     * A measurement, not a regression test (speed targets live in benchmarks): run with
     * {@code ./mvnw -o test -Dtest=DrawTabFxTest#strokeEndToBarsLatency -Dadder.measure=true}.
     */
    @Test
    @Tag("measure")
    @EnabledIfSystemProperty(named = "adder.measure", matches = "true")
    void strokeEndToBarsLatency(FxRobot robot) throws Exception {
        // As a user who starts drawing once the app has settled: after the background warm-up.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.drawTab().warmUpAnswered() == DrawTab.WARM_UP_ANSWERS);
        LatencyProbe[] probe = new LatencyProbe[1];
        robot.interact(() -> probe[0] = LatencyProbe.attach(robot.lookup("#canvas").query(), model.displayProperty()));
        int strokes = 30;
        List<Double> modelMillis = new ArrayList<>();
        List<Double> preprocessMillis = new ArrayList<>();
        for (int i = 0; i < strokes; i++) {
            robot.interact(model::clear);
            double x = 0.3 + 0.4 * i / strokes;
            CanvasPen.drag(robot, new double[][] {{x, 0.15}, {x, 0.5}, {x, 0.85}});
            settledDisplay();
            modelMillis.add(model.predictionProperty().get().latencyMillis());
            long start = System.nanoTime();
            MnistPreprocessor.toMnist(List.copyOf(model.strokes()), DrawViewModel.DRAWING_SIDE, DrawViewModel.DRAWING_SIDE);
            preprocessMillis.add((System.nanoTime() - start) / 1e6);
        }
        modelMillis.sort(Double::compare);
        preprocessMillis.sort(Double::compare);
        System.out.printf("Model call median %.2f ms, preprocessing median %.2f ms (load: %s)%n",
                modelMillis.get(strokes / 2), preprocessMillis.get(strokes / 2),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Double> samples = new ArrayList<>(probe[0].samplesMillis());
        System.out.println("Samples in drawing order (ms): " + samples);
        samples.sort(Double::compare);
        assertTrue(samples.size() >= strokes * 3 / 4, "samples taken: " + samples.size());
        double median = samples.get(samples.size() / 2);
        double p99 = samples.get((int) Math.ceil(samples.size() * 0.99) - 1);
        System.out.printf("Stroke end to bars laid out: n=%d median=%.2f ms p99=%.2f ms max=%.2f ms%n",
                samples.size(), median, p99, samples.get(samples.size() - 1));
        assertTrue(median > 0 && p99 >= median, "samples are real durations");
    }

    private void setNumber(FxRobot robot, int number) {
        robot.interact(() -> model.setNumber(number));
    }

    private PredictionDisplay settledDisplay() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !model.busyProperty().get() && model.displayProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return model.displayProperty().get();
    }

    private static BufferedImage toPicture(IdxImages images, int index) {
        BufferedImage picture = new BufferedImage(images.cols(), images.rows(), BufferedImage.TYPE_BYTE_GRAY);
        for (int row = 0; row < images.rows(); row++) {
            for (int col = 0; col < images.cols(); col++) {
                int ink = images.pixel(index, row, col);
                picture.getRaster().setSample(col, row, 0, ink);
            }
        }
        return picture;
    }
}
