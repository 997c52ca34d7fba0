package studio.adder.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.client.AdderInput;
import studio.adder.data.MnistFolder;
import studio.adder.engine.EngineAssumptions;
import studio.adder.explain.DigitMap;
import studio.adder.explain.Explanation;
import studio.adder.explain.Head;
import studio.adder.explain.InsideService;
import studio.adder.explain.MapProjection;
import studio.adder.explain.SaliencyMethod;
import studio.adder.model.ModelLibrary;
import studio.adder.predict.PredictionService;
import studio.adder.predict.TimedPrediction;
import studio.adder.train.EpochResult;
import studio.adder.ui.common.HeldRunner;
import studio.adder.ui.common.ImmediateRunner;

/** The Inside tab's view model with the synchronous runner, the real shipped model and the committed test slice. */
class InsideViewModelTest {

    private static PredictionService predictions;
    private InsideViewModel model;

    @BeforeAll
    static void startEngine() {
        EngineAssumptions.assumeEngineRuns();
        predictions = new PredictionService();
        predictions.useShipped();
    }

    @AfterAll
    static void stopEngine() {
        if (predictions != null) {
            predictions.close();
        }
    }

    @BeforeEach
    void newModel() {
        ImmediateRunner runner = new ImmediateRunner();
        model = new InsideViewModel(runner, runner, new InsideService(predictions),
                () -> new MnistFolder(TestData.SLICE), Runnable::run);
        model.map().useTsneSteps(120);
    }

    @Test
    void hiddenItDoesNothingAndShownItExplainsTheNewestDrawingLayersFirstThenSaliency() {
        List<String> order = new ArrayList<>();
        model.explanationProperty().addListener(o -> order.add("layers"));
        model.saliencyProperty().addListener(o -> order.add("saliency"));
        model.drawingAnswered(answer(0));
        model.drawingAnswered(answer(1));
        assertNull(model.explanationProperty().get(), "a hidden tab costs the engine nothing");

        model.setActive(true);
        Explanation shown = model.explanationProperty().get();
        assertNotNull(shown);
        assertEquals(List.of("layers", "saliency"), order);
        assertEquals(answer(1).prediction().digit(), shown.prediction().digit());
        assertNull(shown.saliency(), "the first look carries no saliency; it follows in its own property");
        assertEquals(Head.DIGIT, model.saliencyProperty().get().head());
        assertEquals(shown.prediction().digit(), model.saliencyProperty().get().target());
        assertFalse(model.saliencyPendingProperty().get());
        assertTrue(model.statusProperty().get().contains("saliency"), model.statusProperty().get());
    }

    @Test
    void anotherHeadOrMethodMeasuresSaliencyAgainWithoutANewLook() {
        model.setActive(true);
        model.drawingAnswered(answer(2));
        Explanation shown = model.explanationProperty().get();
        model.selectHead(Head.SUM);
        assertSame(shown, model.explanationProperty().get());
        assertEquals(Head.SUM, model.saliencyProperty().get().head());
        assertEquals(shown.prediction().sum(), model.saliencyProperty().get().target());
        model.selectMethod(SaliencyMethod.OCCLUSION);
        assertSame(shown, model.explanationProperty().get());
        assertEquals(SaliencyMethod.OCCLUSION, model.saliencyProperty().get().method());
        model.drawingAnswered(null);
        assertNull(model.explanationProperty().get());
        assertNull(model.saliencyProperty().get());
    }

    @Test
    void whileShownTheAnswersCompanionBringsTheWholeExplanationAndNoFurtherEngineWorkIsQueued() {
        HeldRunner engine = new HeldRunner();
        InsideViewModel inside = new InsideViewModel(engine, new ImmediateRunner(), new InsideService(predictions),
                () -> new MnistFolder(TestData.SLICE), Runnable::run);
        assertNull(inside.companion().workFor(), "hidden: nothing rides along");
        inside.setActive(true);

        TimedPrediction answer = answer(4);
        Function<TimedPrediction, Explanation> work = inside.companion().workFor();
        Explanation along = work.apply(answer);
        assertNotNull(along.saliency(), "gradient saliency comes from the same pass as the layers");
        assertEquals(answer.prediction().digit(), along.prediction().digit());
        assertEquals(along.prediction().digit(), along.saliency().target());
        inside.companion().arrived(answer, along);
        inside.drawingAnswered(answer);
        assertSame(along, inside.explanationProperty().get());
        assertSame(along.saliency(), inside.saliencyProperty().get());
        assertFalse(inside.saliencyPendingProperty().get());
        assertEquals(0, engine.waiting(), "everything came along with the answer");

        inside.selectMethod(SaliencyMethod.OCCLUSION);
        engine.runAll();
        TimedPrediction next = answer(5);
        Explanation firstLook = inside.companion().workFor().apply(next);
        assertNull(firstLook.saliency(), "occlusion is many passes: only the first look comes along");
        inside.companion().arrived(next, firstLook);
        inside.drawingAnswered(next);
        assertSame(firstLook, inside.explanationProperty().get());
        assertTrue(inside.saliencyPendingProperty().get());
        assertEquals(1, engine.waiting(), "the occlusion follows in a task of its own");
        engine.runAll();
        assertEquals(SaliencyMethod.OCCLUSION, inside.saliencyProperty().get().method());
        assertFalse(inside.saliencyPendingProperty().get());
    }

    @Test
    void theMapIsPcaAtOnceAndTsneWhenAskedWithProgressAndTheLiveDotOnIt() {
        model.setActive(true);
        DigitMapModel map = model.map();
        List<Double> progress = new ArrayList<>();
        map.progressProperty().addListener((o, old, now) -> progress.add(now.doubleValue()));
        map.compute();
        DigitMap pca = map.mapProperty().get();
        assertNotNull(pca, map.textProperty().get());
        assertEquals(MapProjection.PCA, pca.projection());
        assertEquals(1_000, pca.size());
        assertFalse(map.busyProperty().get());
        assertTrue(progress.size() > 3, "progress " + progress);

        map.selectProjection(MapProjection.TSNE);
        DigitMap tsne = map.mapProperty().get();
        assertEquals(MapProjection.TSNE, tsne.projection());
        assertTrue(map.textProperty().get().startsWith("t-SNE of 1,000 test digits"), map.textProperty().get());
        assertTrue(map.liveHintProperty().get().contains("nearest"), map.liveHintProperty().get());
        model.drawingAnswered(answer(3));
        float[] place = tsne.place(model.explanationProperty().get().features());
        assertEquals(2, place.length);

        // Back to PCA is instant, and t-SNE again is the one already made.
        map.selectProjection(MapProjection.PCA);
        assertSame(pca, map.mapProperty().get());
        map.selectProjection(MapProjection.TSNE);
        assertSame(tsne, map.mapProperty().get());
    }

    @Test
    void stoppingTsneKeepsThePcaMap() {
        model.setActive(true);
        DigitMapModel map = model.map();
        map.compute();
        DigitMap pca = map.mapProperty().get();
        map.progressProperty().addListener((o, old, now) -> {
            if ("t-SNE".equals(map.phaseProperty().get()) && now.doubleValue() > 0.3) {
                map.cancel();
            }
        });
        map.selectProjection(MapProjection.TSNE);
        assertFalse(map.busyProperty().get());
        assertSame(pca, map.mapProperty().get());
        assertEquals(MapProjection.PCA, map.projectionProperty().get());
        assertTrue(map.textProperty().get().startsWith("Stopped"), map.textProperty().get());
    }

    @Test
    void withFollowTrainingEachEpochRecomputesTheMapOnceTheTabShows() {
        DigitMapModel map = model.map();
        EpochResult epoch = new EpochResult(2, 3, 10, 1000, null, null, ModelLibrary.shippedModelFolder());
        model.epochFinished(epoch);
        model.setActive(true);
        assertNull(map.mapProperty().get(), "not asked to follow training");

        map.setFollowTraining(true);
        model.setActive(false);
        model.epochFinished(epoch);
        assertNull(map.mapProperty().get(), "hidden: the epoch waits");
        model.setActive(true);
        assertNotNull(map.mapProperty().get());
        assertTrue(map.textProperty().get().contains("after epoch 2 of 3"), map.textProperty().get());
    }

    private static TimedPrediction answer(int index) {
        AdderInput input = TestData.inputs(index + 1).get(index);
        return predictions.predict(input.pixels(), input.number());
    }
}
