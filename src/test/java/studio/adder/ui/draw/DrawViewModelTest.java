package studio.adder.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.engine.EngineAssumptions;
import studio.adder.predict.PredictionService;
import studio.adder.predict.TimedPrediction;
import studio.adder.preprocess.Stroke;
import studio.adder.ui.ActiveModelViewModel;
import studio.adder.ui.common.HeldRunner;
import studio.adder.ui.common.ImmediateRunner;
import studio.adder.ui.common.UserMessage;

/** The drawing tab's view model with a synchronous runner and the real shipped model. */
class DrawViewModelTest {

    private static PredictionService predictions;
    private DrawViewModel model;

    @BeforeAll
    static void startEngine() {
        EngineAssumptions.assumeEngineRuns();
        predictions = new PredictionService();
    }

    @AfterAll
    static void stopEngine() {
        if (predictions != null) {
            predictions.close();
        }
    }

    @BeforeEach
    void loadShippedModel() {
        ActiveModelViewModel activeModel = new ActiveModelViewModel(new ImmediateRunner(), predictions);
        model = new DrawViewModel(new ImmediateRunner(), activeModel, new Random(7), () -> 0L);
        activeModel.start();
        assertNotNull(model.activeModel().activeProperty().get(), "the shipped model loads at start");
    }

    @Test
    void emptyCanvasGivesNoPrediction() {
        assertTrue(model.emptyProperty().get());
        model.setNumber(4);
        assertNull(model.predictionProperty().get());
        assertNull(model.displayProperty().get());
    }

    @Test
    void strokeEndPredictsAndClearForgetsThePrediction() {
        model.strokeEnded(verticalLine());
        assertNotNull(model.displayProperty().get());
        model.clear();
        assertTrue(model.emptyProperty().get());
        assertNull(model.displayProperty().get());
    }

    @Test
    void numberChangeRepredictsWithoutRedrawing() {
        model.strokeEnded(verticalLine());
        TimedPrediction before = model.predictionProperty().get();
        model.setNumber(6);
        TimedPrediction after = model.predictionProperty().get();
        assertNotEquals(before, after);
        assertEquals(6, after.input().number());
        assertEquals(0, before.input().number());
    }

    @Test
    void aSessionStartsFromTheRememberedNumberElseARolledNonZeroOne() {
        model.startNumber(OptionalInt.of(0));
        assertEquals(0, model.numberProperty().get(), "a remembered 0 is kept: the user chose it");
        model.startNumber(OptionalInt.of(6));
        assertEquals(6, model.numberProperty().get());
        Set<Integer> rolled = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            model.startNumber(OptionalInt.empty());
            rolled.add(model.numberProperty().get());
        }
        assertFalse(rolled.contains(0), "a first start never adds 0: the sum head would just repeat the digit");
        assertTrue(rolled.size() > 3, "rolled, not fixed: " + rolled);
    }

    @Test
    void rollPicksAnotherNumber() {
        int before = model.numberProperty().get();
        model.roll();
        assertNotEquals(before, model.numberProperty().get());
    }

    @Test
    void failedModelLoadKeepsTheOldModelAndSaysWhy(@TempDir Path folder) throws Exception {
        model.strokeEnded(verticalLine());
        String activeName = model.activeModel().activeProperty().get().name();
        Path notAModel = Files.writeString(folder.resolve("model.zip"), "not a zip");
        model.activeModel().use(notAModel);
        assertEquals(activeName, model.activeModel().activeProperty().get().name());
        assertEquals(activeName, predictions.activeModel().orElseThrow().name());
        UserMessage message = model.activeModel().messageProperty().get();
        assertNotNull(message);
        assertFalse(message.text().contains("Exception"), message.text());
        model.setNumber(2);
        assertEquals(2, model.predictionProperty().get().input().number(), "predictions go on with the old model");
    }

    @Test
    void unreadablePictureIsReportedInWords(@TempDir Path folder) throws Exception {
        Path broken = Files.writeString(folder.resolve("digit.png"), "no picture here");
        model.openImage(broken);
        assertTrue(model.messageProperty().get().text().contains("not an image"), model.messageProperty().get().text());
        assertTrue(model.emptyProperty().get());
    }

    @Test
    void undoAndRedoWalkTheStrokeList() {
        model.strokeEnded(verticalLine());
        model.strokeEnded(Stroke.of(20, 100, 60, 180, 60));
        model.undo();
        assertEquals(1, model.strokes().size());
        model.redo();
        assertEquals(2, model.strokes().size());
        model.clear();
        model.undo();
        assertEquals(2, model.strokes().size(), "a clear can be undone");
    }

    @Test
    void onlyTheNewestWaitingRequestRunsAfterTheRunningOne() {
        HeldRunner runner = new HeldRunner();
        ActiveModelViewModel activeModel = new ActiveModelViewModel(runner, predictions);
        DrawViewModel queued = new DrawViewModel(runner, activeModel, new Random(1), () -> 0L);
        activeModel.start();
        runner.runNext();
        queued.strokeEnded(verticalLine());
        queued.setNumber(1);
        queued.setNumber(2);
        queued.setNumber(3);
        assertEquals(1, runner.waiting(), "one request in flight, the rest wait in the view model");
        runner.runNext();
        assertEquals(1, runner.waiting(), "only the newest waiting request is submitted");
        runner.runNext();
        assertEquals(3, queued.predictionProperty().get().input().number());
        assertFalse(queued.busyProperty().get());
    }

    @Test
    void liveStrokesAreThrottled() {
        long[] now = {0};
        HeldRunner runner = new HeldRunner();
        ActiveModelViewModel activeModel = new ActiveModelViewModel(runner, predictions);
        DrawViewModel live = new DrawViewModel(runner, activeModel, new Random(1), () -> now[0]);
        activeModel.start();
        runner.runNext();
        live.strokeMoved(Stroke.of(20, 140, 40));
        runner.runNext();
        now[0] += DrawViewModel.LIVE_INTERVAL_NANOS / 4;
        live.strokeMoved(Stroke.of(20, 140, 40, 140, 80));
        assertEquals(0, runner.waiting(), "too soon after the previous live prediction");
        now[0] += DrawViewModel.LIVE_INTERVAL_NANOS;
        live.strokeMoved(Stroke.of(20, 140, 40, 140, 120));
        assertEquals(1, runner.waiting());
    }

    @Test
    void aCompanionRidesAlongInTheSameEngineTaskAndArrivesJustBeforeTheAnswerIsShown() {
        HeldRunner engine = new HeldRunner();
        ActiveModelViewModel activeModel = new ActiveModelViewModel(new ImmediateRunner(), predictions);
        DrawViewModel held = new DrawViewModel(engine, activeModel, new Random(7), () -> 0L);
        activeModel.start();
        List<String> events = new ArrayList<>();
        boolean[] wanted = {true};
        held.setAnswerCompanion(new AnswerCompanion<Integer>() {
            @Override
            public Function<TimedPrediction, Integer> workFor() {
                events.add("asked");
                return wanted[0] ? answer -> answer.prediction().digit() + 100 : null;
            }

            @Override
            public void arrived(TimedPrediction answer, Integer result) {
                events.add("arrived " + result + ", shown: " + (held.predictionProperty().get() == answer));
            }
        });
        held.predictionProperty().addListener((o, old, now) -> events.add("shown"));

        held.strokeEnded(verticalLine());
        assertEquals(1, engine.waiting(), "one engine task for the answer and its companion");
        engine.runAll();
        int digit = held.predictionProperty().get().prediction().digit();
        assertEquals(List.of("asked", "arrived " + (digit + 100) + ", shown: false", "shown"), events);

        events.clear();
        wanted[0] = false;
        held.setNumber(3);
        engine.runAll();
        assertEquals(List.of("asked", "shown"), events, "no work this time: nothing arrives");
    }

    private static Stroke verticalLine() {
        return Stroke.of(20, 140, 40, 140, 100, 140, 160, 140, 240);
    }
}
