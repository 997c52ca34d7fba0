package studio.adder.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.data.AdderDataset;
import studio.adder.model.ModelLibrary;

/** The translator's own batching and softmax give what the engine's operators give. */
class AdderTranslatorTest {

    static ZooModel<AdderInput, AdderPrediction> model;
    static Predictor<AdderInput, AdderPrediction> predictor;

    @BeforeAll
    static void loadTheShippedModel() throws Exception {
        model = Criteria.builder().setTypes(AdderInput.class, AdderPrediction.class)
                .optModelPath(ModelLibrary.shippedModelFolder()).optTranslator(new AdderTranslator())
                .build().loadModel();
        predictor = model.newPredictor();
    }

    @AfterAll
    static void close() {
        predictor.close();
        model.close();
    }

    @Test
    void oneAndManyAnswersEqualTheEnginesSoftmaxOfTheRawForwardPass() throws Exception {
        List<AdderInput> inputs = TestData.inputs(5);
        List<AdderPrediction> batch = predictor.batchPredict(inputs);
        assertEquals(inputs.size(), batch.size());
        for (int i = 0; i < inputs.size(); i++) {
            AdderPrediction expected = engineAnswer(inputs.get(i));
            AdderPrediction single = predictor.predict(inputs.get(i));
            for (AdderPrediction actual : List.of(single, batch.get(i))) {
                assertArrayEquals(expected.digitProbabilities(), actual.digitProbabilities(), 1e-5f);
                assertArrayEquals(expected.sumProbabilities(), actual.sumProbabilities(), 1e-5f);
            }
        }
    }

    /** The answer with MXNet's own stacking and softmax, the way the translator once did it. */
    private static AdderPrediction engineAnswer(AdderInput input) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            float[] pixels = input.pixels();
            AdderDataset.normalise(pixels, 0);
            float[] oneHot = new float[10];
            oneHot[input.number()] = 1f;
            NDList outputs = model.getBlock().forward(new ParameterStore(manager, false),
                    new NDList(manager.create(pixels, new Shape(1, 1, 28, 28)), manager.create(oneHot, new Shape(1, 10))),
                    false);
            return new AdderPrediction(outputs.get(0).softmax(-1).toFloatArray(), outputs.get(1).softmax(-1).toFloatArray());
        }
    }
}
