package studio.adder.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.adder.predict.ModelSummary;
import studio.adder.preprocess.Stroke;
import studio.adder.ui.ActiveModelViewModel;
import studio.adder.ui.StandInPredictions;
import studio.adder.ui.common.HeldRunner;

/**
 * The drawing tab's view model and the shared active model over a model in plain Java: how
 * switches, stale answers and failures behave, with no native engine at all.
 */
class DrawViewModelWithoutEngineTest {

    private final StandInPredictions predictions = new StandInPredictions();
    private final HeldRunner engine = new HeldRunner();
    private ActiveModelViewModel activeModel;
    private DrawViewModel drawing;

    @BeforeEach
    void startWithTheShippedModel() {
        activeModel = new ActiveModelViewModel(engine, predictions);
        drawing = new DrawViewModel(engine, activeModel, new Random(3), () -> 0L);
        activeModel.start();
        activeModel.start();
        engine.runAll();
        assertEquals(1, predictions.loads().size(), "a second start loads nothing");
        assertTrue(activeModel.activeProperty().get().shipped());
        assertTrue(activeModel.modelTextProperty().get().startsWith("Model: shipped (compact)"),
                activeModel.modelTextProperty().get());
        assertEquals("Stand-in engine on the test thread", activeModel.engineTextProperty().get());
    }

    @Test
    void aSwitchAnswersTheSameDrawingAgainWithTheNewModel() {
        drawing.strokeEnded(verticalLine());
        engine.runAll();
        int shippedDigit = drawing.predictionProperty().get().prediction().digit();
        int ink = inkOf(drawing);
        assertEquals(StandInPredictions.digitFor(activeModel.activeProperty().get(), ink), shippedDigit);

        activeModel.use(Path.of("models", "other-7"));
        engine.runAll();

        ModelSummary other = activeModel.activeProperty().get();
        assertEquals("other-7", other.name());
        assertEquals(StandInPredictions.digitFor(other, ink), drawing.predictionProperty().get().prediction().digit());
        assertNotEquals(shippedDigit, drawing.predictionProperty().get().prediction().digit(),
                "the two stand-in models read this drawing differently");
    }

    @Test
    void aFailedSwitchKeepsTheModelAndSaysWhy() {
        drawing.strokeEnded(verticalLine());
        engine.runAll();
        int calls = predictions.predictCalls();

        activeModel.use(Path.of("broken-model"));
        engine.runAll();

        assertTrue(activeModel.activeProperty().get().shipped());
        assertNotNull(activeModel.messageProperty().get());
        assertTrue(activeModel.messageProperty().get().text().contains("no model card"),
                activeModel.messageProperty().get().text());
        assertEquals(calls, predictions.predictCalls(), "nothing changed, so nothing is predicted again");
    }

    @Test
    void anAnswerForAClearedCanvasNeverShows() {
        drawing.strokeEnded(verticalLine());
        assertTrue(drawing.busyProperty().get());
        drawing.clear();
        engine.runAll();
        assertNull(drawing.predictionProperty().get());
        assertNull(drawing.displayProperty().get());
        assertFalse(drawing.busyProperty().get());
    }

    @Test
    void aTrainedModelIsListedOnceAndAnswers() {
        List<ModelSummary> heard = new ArrayList<>();
        drawing.strokeEnded(verticalLine());
        activeModel.useTrained(Path.of("runs", "compact-run1"), heard::add, error -> {
            throw new AssertionError(error);
        });
        engine.runAll();
        assertEquals(List.of(activeModel.activeProperty().get()), heard);
        assertEquals(heard, activeModel.trainedThisSession());
        assertEquals(StandInPredictions.digitFor(heard.get(0), inkOf(drawing)),
                drawing.predictionProperty().get().prediction().digit());
    }

    private static int inkOf(DrawViewModel drawing) {
        int ink = 0;
        for (float pixel : drawing.predictionProperty().get().input().pixels()) {
            ink += pixel > 0.5f ? 1 : 0;
        }
        return ink;
    }

    private static Stroke verticalLine() {
        return Stroke.of(20, 140, 40, 140, 100, 140, 160, 140, 240);
    }
}
