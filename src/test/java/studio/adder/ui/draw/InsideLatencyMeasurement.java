package studio.adder.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.adder.ui.MainWindow;
import studio.adder.ui.inside.InsideViewModel;

/**
 * Measures the Inside tab against the Draw tab in a real window over the real engine: the Draw tab's stroke end to
 * bars laid out before the Inside tab was ever shown and after it was shown and hidden again; with the Inside tab
 * showing, a new question (the number changes) from the Draw tab's answer to the Inside tab laid out (layers, sum
 * head, live dot) and to its saliency laid out; drawing on the Inside tab's pad, the pen lifted to the Inside tab
 * laid out, saliency included, and the Draw tab's answer to the same; and the tab selected after a new drawing to
 * the Inside tab laid out. Medians and p99. Not a test; run it with
 * {@code ./mvnw -o test -Dtest=InsideLatencyMeasurement -Dadder.measure.inside=ROUNDS}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "adder.measure.inside", matches = "\\d+")
@Tag("measure")
class InsideLatencyMeasurement {

    private static final double[][] SEVEN = {{0.25, 0.2}, {0.5, 0.2}, {0.75, 0.2}, {0.6, 0.5}, {0.45, 0.85}};

    private MainWindow window;
    private DrawViewModel draw;
    private InsideViewModel inside;
    private LatencyProbe probe;
    private final AtomicLong answered = new AtomicLong();

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(TestEngine.context(), TestEngine.freshPreferences("inside-bench"));
        window.show(stage);
        draw = window.drawTab().viewModel();
        inside = window.insideTab().viewModel();
        draw.predictionProperty().addListener(o -> answered.set(System.nanoTime()));
        probe = LatencyProbe.attach(window.drawTab().drawView().lookup("#canvas"), draw.displayProperty());
    }

    @Test
    void measure(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> draw.activeModel().activeProperty().get() != null);
        int rounds = Integer.getInteger("adder.measure.inside");
        List<Double> before = strokesToBars(robot, rounds);
        selectTab(robot, 3);
        Scene scene = robot.lookup("#inside-view").query().getScene();
        List<Double> layersSamples = new ArrayList<>();
        List<Double> saliencySamples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            int number = i % 10;
            List<Long> laidOut = new CopyOnWriteArrayList<>();
            List<Long> salient = new CopyOnWriteArrayList<>();
            robot.interact(() -> {
                inside.explanationProperty().addListener(new OneLayout(scene, laidOut));
                inside.saliencyProperty().addListener(new OneLayout(scene, salient));
                draw.setNumber(number == draw.numberProperty().get() ? (number + 1) % 10 : number);
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !laidOut.isEmpty() && !salient.isEmpty());
            layersSamples.add((laidOut.get(0) - answered.get()) / 1e6);
            saliencySamples.add((salient.get(0) - answered.get()) / 1e6);
        }
        List<Double> padSamples = new ArrayList<>();
        List<Double> padAnswerSamples = new ArrayList<>();
        LatencyProbe pad = probeOnPad(robot);
        for (int i = 0; i < rounds; i++) {
            robot.interact(draw::clear);
            CanvasPen.drag(robot, "#pad-canvas", SEVEN);
            int expected = i + 1;
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pad.samplesMillis().size() >= expected
                    && !draw.busyProperty().get());
            // The pen's last answer is the newest; the probe's sample ended at the layout that showed it.
            padAnswerSamples.add(pad.samplesMillis().get(i) - (answered.get() - pad.strokeEndedNanos()) / 1e6);
        }
        padSamples.addAll(pad.samplesMillis());
        List<Double> shownSamples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            selectTab(robot, 0);
            long asked = answered.get();
            robot.interact(() -> draw.setNumber((draw.numberProperty().get() + 1) % 10));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answered.get() != asked);
            List<Long> laidOut = new CopyOnWriteArrayList<>();
            long[] selected = new long[1];
            robot.interact(() -> {
                inside.explanationProperty().addListener(new OneLayout(scene, laidOut));
                selected[0] = System.nanoTime();
                robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(3);
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !laidOut.isEmpty());
            shownSamples.add((laidOut.get(0) - selected[0]) / 1e6);
        }
        selectTab(robot, 0);
        List<Double> after = strokesToBars(robot, rounds);
        System.out.printf(Locale.ROOT, "Draw tab stroke end to bars, Inside never shown: %s%n", summary(before));
        System.out.printf(Locale.ROOT, "Draw tab stroke end to bars, after Inside shown and hidden: %s%n",
                summary(after));
        System.out.printf(Locale.ROOT, "Inside showing: Draw's answer to layers and sum head laid out: %s%n",
                summary(layersSamples));
        System.out.printf(Locale.ROOT, "Inside showing: Draw's answer to saliency laid out: %s%n",
                summary(saliencySamples));
        System.out.printf(Locale.ROOT, "Inside showing, drawn on its pad: pen lifted to Inside laid out: %s%n",
                summary(padSamples));
        System.out.printf(Locale.ROOT, "Inside showing, drawn on its pad: Draw's answer to Inside laid out: %s%n",
                summary(padAnswerSamples));
        System.out.printf(Locale.ROOT, "Inside tab selected after a new drawing to Inside laid out: %s%n",
                summary(shownSamples));
    }

    /** Pen lifted on the Inside tab's pad to the first layout after the explanation (saliency included) arrived. */
    private LatencyProbe probeOnPad(FxRobot robot) {
        LatencyProbe[] made = new LatencyProbe[1];
        robot.interact(() -> made[0] = LatencyProbe.attach(robot.lookup("#pad-canvas").query(),
                inside.saliencyProperty()));
        return made[0];
    }

    private List<Double> strokesToBars(FxRobot robot, int rounds) throws Exception {
        int start = probe.samplesMillis().size();
        for (int i = 0; i < rounds; i++) {
            robot.interact(draw::clear);
            CanvasPen.drag(robot, SEVEN);
            int expected = start + i + 1;
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> probe.samplesMillis().size() >= expected && !draw.busyProperty().get());
        }
        List<Double> samples = probe.samplesMillis();
        return new ArrayList<>(samples.subList(start, samples.size()));
    }

    private static String summary(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        sorted.sort(Double::compare);
        double median = sorted.get(sorted.size() / 2);
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(0.99 * sorted.size()) - 1));
        return String.format(Locale.ROOT, "median %.1f ms, p99 %.1f ms (n=%d)", median, p99, sorted.size());
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Notes the end of the first layout pulse after the property changed, then removes itself. */
    private static final class OneLayout implements InvalidationListener {
        private final Scene scene;
        private final List<Long> sample;

        OneLayout(Scene scene, List<Long> sample) {
            this.scene = scene;
            this.sample = sample;
        }

        @Override
        public void invalidated(Observable observable) {
            observable.removeListener(this);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                if (sample.isEmpty()) {
                    sample.add(System.nanoTime());
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }
}
