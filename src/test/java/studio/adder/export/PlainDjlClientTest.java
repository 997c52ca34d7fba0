package studio.adder.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.model.ModelLibrary;
import studio.adder.predict.AdderInput;
import studio.adder.predict.AdderModels;
import studio.adder.predict.AdderPrediction;
import studio.adder.predict.AdderTranslator;
import studio.adder.predict.PredictionService;

/** Loads an exported archive the way another Java program would: DJL Criteria and our public API only. */
class PlainDjlClientTest {

    @Test
    void criteriaLoadsTheArchiveAndAgreesWithTheApp(@TempDir Path temp) throws Exception {
        Path archive = temp.resolve("shipped.zip");
        ModelExporter.export(ModelLibrary.shippedModelFolder(), archive);

        Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                .setTypes(AdderInput.class, AdderPrediction.class)
                .optModelPath(archive)
                .optEngine("MXNet")
                .optBlock(AdderModels.newBlock("compact"))
                .optTranslator(new AdderTranslator())
                .build();
        List<AdderInput> inputs = TestData.inputs(50);
        try (ZooModel<AdderInput, AdderPrediction> model = criteria.loadModel();
                Predictor<AdderInput, AdderPrediction> predictor = model.newPredictor();
                PredictionService app = new PredictionService()) {
            app.useShipped();
            int agreements = 0;
            for (AdderInput input : inputs) {
                AdderPrediction plain = predictor.predict(input);
                AdderPrediction ours = app.predict(input.pixels(), input.number()).prediction();
                assertArrayEquals(ours.digitProbabilities(), plain.digitProbabilities(), 1e-5f);
                assertArrayEquals(ours.sumProbabilities(), plain.sumProbabilities(), 1e-5f);
                agreements++;
            }
            assertEquals(50, agreements);
        }
    }
}
