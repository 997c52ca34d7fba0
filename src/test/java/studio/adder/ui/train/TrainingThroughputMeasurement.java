package studio.adder.ui.train;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.data.MnistData;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineThread;
import studio.adder.model.ArchitectureId;
import studio.adder.predict.PredictionService;
import studio.adder.train.EpochResult;
import studio.adder.train.RunControl;
import studio.adder.train.RunListener;
import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingService;
import studio.adder.ui.AppContext;
import studio.adder.ui.MainWindow;
import studio.adder.ui.Theme;
import studio.adder.ui.common.EngineRunner;

/**
 * Not a regression test: measures a run's images/s headless and in the tab with its charts,
 * confusion matrix and mistake gallery live, alternately (headless, window, headless, ...), and
 * where the cores went in each ({@link CpuShares}); {@code -Dadder.measure.pulses=true} also records the
 * FX pulse gaps (an animation timer that itself keeps JavaFX at 60 Hz). Both rates are the same figure: images trained over the seconds
 * from the run's start to its last evaluation. Run with
 * {@code ./mvnw -o test -Dtest=TrainingThroughputMeasurement -Dadder.measure=true}; it needs full
 * MNIST. {@code -Dadder.measure.rounds} (default 3) sets the window runs, {@code
 * -Dadder.measure.images} the images per epoch (default 12,800) and {@code -Dadder.measure.epochs}
 * the epochs per run (default 2, so the matrix and gallery change during the run). Add {@code
 * -Dfx.test.headless=false -Dfx.test.glass=gtk} with {@code DISPLAY} set (Xvfb) for a real window.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "adder.measure", matches = "true")
@Tag("measure")
class TrainingThroughputMeasurement {

    static final MnistFolder FULL = new MnistFolder(Path.of(System.getProperty("user.home"), ".adder-studio", "mnist"));
    static final int LIMIT = Integer.getInteger("adder.measure.images", 12_800);
    static final int EPOCHS = Integer.getInteger("adder.measure.epochs", 2);
    static final int ROUNDS = Integer.getInteger("adder.measure.rounds", 3);
    /** Counting pulse gaps needs an AnimationTimer, which itself keeps JavaFX pulsing at 60 Hz: off unless asked. */
    static final boolean COUNT_PULSES = Boolean.getBoolean("adder.measure.pulses");
    private EngineThread engine;
    private AppContext context;
    private TrainTab tab;
    private final CpuShares headlessCpu = new CpuShares();

    @Start
    void start(Stage stage) throws Exception {
        engine = new EngineThread();
        context = new AppContext(new EngineRunner(engine), engine.submit(PredictionService::new).get(),
                new TrainingService());
        tab = new TrainTab(context, FULL, Files.createTempDirectory("measure-ui"));
        // Styled as the app's window is: without the theme, every looked-up colour fails and logs a warning.
        Theme.LIGHT.apply();
        Scene scene = new Scene((Parent) tab.view(), 1100, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void compareHeadlessAndLiveChartThroughput(FxRobot robot) throws Exception {
        TrainingConfig config = TrainingConfig.defaultsFor(ArchitectureId.DEFAULT).withEpochs(EPOCHS)
                .withTrainingLimit(LIMIT);
        MnistData train = FULL.load(MnistSplit.TRAIN);
        MnistData test = FULL.load(MnistSplit.TEST);
        TrainView view = (TrainView) tab.view();
        robot.interact(() -> {
            view.settings.epochs.setText(Integer.toString(EPOCHS));
            view.settings.trainingLimit.setText(Integer.toString(LIMIT));
        });
        List<Double> headless = new ArrayList<>(List.of(headless(config, train, test)));
        List<Double> window = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        PulseGaps gaps = new PulseGaps();
        CpuShares windowCpu = new CpuShares();
        for (int round = 0; round < ROUNDS; round++) {
            if (COUNT_PULSES) {
                robot.interact(gaps::start);
            }
            windowCpu.start();
            robot.clickOn("#start");
            WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS,
                    () -> tab.model().stateProperty().get() == TrainState.FINISHED);
            windowCpu.stop();
            if (COUNT_PULSES) {
                robot.interact(gaps::stop);
            }
            List<RunHistory> runs = tab.model().runs();
            RunHistory run = runs.get(runs.size() - 1);
            double seconds = run.tests().get(run.tests().size() - 1).elapsedSeconds();
            window.add((double) LIMIT * EPOCHS / seconds);
            headless.add(headless(config, train, test));
            // Each window run against the mean of the headless runs just before and after it.
            ratios.add(window.get(round) / ((headless.get(round) + headless.get(round + 1)) / 2));
        }
        System.out.printf(Locale.ROOT, "MEASURE images=%dx%d headless=%s window=%s img/s, window/headless=%s"
                + " (median %.1f%%) fxThreadsCores=%.2f pulses=%d p50=%.1fms p99=%.1fms max=%.1fms load=%.2f%n",
                LIMIT, EPOCHS,
                rounded(headless), rounded(window), ratios.stream().map(r -> String.format(Locale.ROOT, "%.3f", r))
                        .toList(), 100 * median(ratios), windowCpu.fxThreadsCores(), gaps.count(), gaps.percentileMillis(0.5),
                gaps.percentileMillis(0.99), gaps.percentileMillis(1.0),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("MEASURE JVM options: " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX") || option.startsWith("-Xmx")).toList());
        System.out.println("MEASURE cores in the window runs: " + windowCpu.report());
        System.out.println("MEASURE cores in the headless runs: " + headlessCpu.report());
        engine.close();
    }

    private static List<Long> rounded(List<Double> rates) {
        return rates.stream().map(Math::round).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private double headless(TrainingConfig config, MnistData train, MnistData test) throws Exception {
        EpochResult[] last = new EpochResult[1];
        RunListener listener = new RunListener() {
            @Override
            public void onEpoch(EpochResult result) {
                last[0] = result;
            }
        };
        Path out = Files.createTempDirectory("measure-headless");
        headlessCpu.start();
        RunOutcome outcome = engine.submit(() -> context.training().train(RunRequest.of(config, train, test,
                out, listener, new RunControl()))).get();
        headlessCpu.stop();
        if (outcome.status() != RunOutcome.Status.COMPLETED) {
            throw new AssertionError(outcome.message());
        }
        return (double) LIMIT * EPOCHS / last[0].elapsedSeconds();
    }
}
