package studio.adder.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.inference.Predictor;
import java.nio.file.Path;
import java.util.List;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.client.AdderTranslator;
import studio.adder.data.AdderDataset;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelFolder;

/**
 * What DJL answers for a batch of inputs: the reference every export is held to, and the inputs in
 * the network's own form (normalised images, one-hot numbers) that the exports take.
 *
 * @param digit P(digit) per input, 10 each
 * @param sum P(sum) per input, 19 each
 */
public record DjlAnswers(float[][] digit, float[][] sum) {

    /** Predicts {@code inputs} with the model in {@code folder} on the running engine. */
    public static DjlAnswers of(Path folder, List<AdderInput> inputs) throws Exception {
        try (LoadedModel loaded = ModelFolder.load(folder, Device.cpu());
                Predictor<AdderInput, AdderPrediction> predictor = loaded.model().newPredictor(new AdderTranslator())) {
            List<AdderPrediction> answers = predictor.batchPredict(inputs);
            float[][] digit = new float[answers.size()][];
            float[][] sum = new float[answers.size()][];
            for (int i = 0; i < answers.size(); i++) {
                digit[i] = answers.get(i).digitProbabilities();
                sum[i] = answers.get(i).sumProbabilities();
            }
            return new DjlAnswers(digit, sum);
        }
    }

    /** The images as the network takes them: (N,1,28,28) flattened, normalised as the app does. */
    public static float[] normalisedImages(List<AdderInput> inputs) {
        float[] images = new float[inputs.size() * 784];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i).pixels(), 0, images, i * 784, 784);
            AdderDataset.normalise(images, i * 784);
        }
        return images;
    }

    /** The numbers one-hot: (N,10) flattened. */
    public static float[] oneHotNumbers(List<AdderInput> inputs) {
        float[] oneHot = new float[inputs.size() * 10];
        for (int i = 0; i < inputs.size(); i++) {
            oneHot[i * 10 + inputs.get(i).number()] = 1f;
        }
        return oneHot;
    }

    /** Asserts that another runtime's probabilities equal these within {@code tolerance}, value by value. */
    public void assertSame(float[][] otherDigit, float[][] otherSum, double tolerance, String what) {
        assertEquals(digit.length, otherDigit.length, what + ": answers");
        for (int i = 0; i < digit.length; i++) {
            for (int k = 0; k < 10; k++) {
                assertEquals(digit[i][k], otherDigit[i][k], tolerance, what + ": P(digit=" + k + ") of input " + i);
            }
            for (int k = 0; k < 19; k++) {
                assertEquals(sum[i][k], otherSum[i][k], tolerance, what + ": P(sum=" + k + ") of input " + i);
            }
        }
    }
}
