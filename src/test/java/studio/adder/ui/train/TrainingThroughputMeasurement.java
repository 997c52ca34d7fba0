package studio.adder.ui.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
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
import studio.adder.ui.common.EngineRunner;

/**
 * Not a regression test: measures training images/s headless versus with the tab showing live
 * charts, and the FX pulse gaps meanwhile. Run with
 * {@code ./mvnw -o test -Dtest=TrainingThroughputMeasurement -Dadder.measure=true}; it needs full MNIST.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "adder.measure", matches = "true")
class TrainingThroughputMeasurement {

    static final MnistFolder FULL = new MnistFolder(Path.of(System.getProperty("user.home"), ".adder-studio", "mnist"));
    static final int LIMIT = Integer.getInteger("adder.measure.images", 25_600);
    private EngineThread engine;
    private AppContext context;
    private TrainTab tab;

    @Start
    void start(Stage stage) throws Exception {
        engine = new EngineThread();
        context = new AppContext(new EngineRunner(engine), engine.submit(PredictionService::new).get(),
                new TrainingService());
        tab = new TrainTab(context, FULL, Files.createTempDirectory("measure-ui"));
        stage.setScene(new Scene((Parent) tab.view(), 1100, 760));
        stage.show();
    }

    @Test
    void compareHeadlessAndLiveChartThroughput(FxRobot robot) throws Exception {
        TrainingConfig config = TrainingConfig.defaultsFor(ArchitectureId.DEFAULT).withEpochs(1).withTrainingLimit(LIMIT);
        MnistData train = FULL.load(MnistSplit.TRAIN);
        MnistData test = FULL.load(MnistSplit.TEST);
        double headlessBefore = headless(config, train, test);

        TrainView view = (TrainView) tab.view();
        robot.interact(() -> {
            view.settings.epochs.setText("1");
            view.settings.trainingLimit.setText(Integer.toString(LIMIT));
        });
        PulseGaps gaps = new PulseGaps();
        robot.interact(gaps::start);
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> tab.model().stateProperty().get() == TrainState.FINISHED);
        robot.interact(gaps::stop);
        double withUi = Double.parseDouble(tab.model().throughputProperty().get().replaceAll("[^0-9.]", ""));

        double headlessAfter = headless(config, train, test);
        double headlessMean = (headlessBefore + headlessAfter) / 2;
        System.out.printf(Locale.ROOT, "MEASURE images=%d headless=%.0f,%.0f img/s ui=%.0f img/s (%.1f%% of headless) "
                + "pulses=%d p50=%.1fms p99=%.1fms max=%.1fms%n", LIMIT, headlessBefore, headlessAfter, withUi,
                100 * withUi / headlessMean, gaps.count(), gaps.percentileMillis(0.5), gaps.percentileMillis(0.99),
                gaps.percentileMillis(1.0));
        engine.close();
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
        RunOutcome outcome = engine.submit(() -> context.training().train(RunRequest.of(config, train, test,
                out, listener, new RunControl()))).get();
        if (outcome.status() != RunOutcome.Status.COMPLETED) {
            throw new AssertionError(outcome.message());
        }
        return last[0].imagesPerSecond();
    }
}
