package studio.adder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.engine.EngineSetup;
import studio.adder.train.Evaluation;
import studio.adder.train.TestSets;

class ShippedModelTest {

    @Test
    void theShippedModelScoresAtLeast99PercentOnTheCommittedSlice() {
        EngineSetup.start();
        try (LoadedModel shipped = ModelLibrary.load(null, Device.cpu())) {
            assertEquals(ArchitectureId.DEFAULT.architecture().id(), shipped.card().architecture());
            assertTrue(shipped.card().complete(), "the shipped model finished its training");
            Evaluation evaluation = TestSets.evaluate(shipped, TestData.test(), 0);
            assertEquals(1000, evaluation.evaluated());
            assertTrue(evaluation.metrics().digitAccuracy() >= 0.99,
                    "digit accuracy " + evaluation.metrics().digitAccuracy());
            assertTrue(evaluation.metrics().sumAccuracy() >= 0.99,
                    "sum accuracy " + evaluation.metrics().sumAccuracy());
        }
    }

    @Test
    void theShippedCardWasTrainedOnTheFullOfficialTrainingSet() {
        ModelCard card = ModelCards.read(ModelLibrary.shippedModelFolder());
        assertEquals("60000", card.data().get("trainImages"));
        assertEquals("10000", card.data().get("testImages"));
        assertEquals(10000, card.testFigure("evaluated"), 0);
        assertTrue(card.testFigure("digitAccuracy") >= 0.995, "card digit accuracy");
    }
}
