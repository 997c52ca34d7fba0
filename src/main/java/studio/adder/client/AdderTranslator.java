package studio.adder.client;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.ArrayList;
import java.util.List;
import studio.adder.data.AdderDataset;
import studio.adder.model.AdderNetwork;
import studio.adder.util.Softmax;

/**
 * Turns an {@link AdderInput} into the network's two inputs and its two outputs into
 * probabilities. Public so plain DJL code can load an exported model with
 * {@code Criteria.builder().optTranslator(new AdderTranslator())}.
 *
 * <p>A batch (a {@code Predictor}'s {@code predict} is a batch of one) is assembled in Java and
 * handed to the engine as two arrays, and both heads come back as one copy each, with the softmax
 * done here: the stacking, splitting and softmax operators the generic path would run cost more than
 * the network's first layer at batch 1 (docs/benchmarks.md, prediction latency).
 */
public final class AdderTranslator implements Translator<AdderInput, AdderPrediction> {

    private static final int PIXELS = AdderNetwork.SIDE * AdderNetwork.SIDE;
    private static final int DIGITS = AdderNetwork.DIGITS;
    private static final int SUMS = AdderNetwork.SUMS;

    @Override
    public NDList processInput(TranslatorContext context, AdderInput input) {
        NDManager manager = context.getNDManager();
        return new NDList(manager.create(normalised(List.of(input)), new Shape(1, AdderNetwork.SIDE, AdderNetwork.SIDE)),
                manager.create(oneHot(List.of(input))));
    }

    @Override
    public AdderPrediction processOutput(TranslatorContext context, NDList outputs) {
        return new AdderPrediction(Softmax.of(outputs.get(0).toFloatArray(), 0, DIGITS),
                Softmax.of(outputs.get(1).toFloatArray(), 0, SUMS));
    }

    @Override
    public NDList batchProcessInput(TranslatorContext context, List<AdderInput> inputs) {
        NDManager manager = context.getNDManager();
        int batch = inputs.size();
        return new NDList(manager.create(normalised(inputs), new Shape(batch, 1, AdderNetwork.SIDE, AdderNetwork.SIDE)),
                manager.create(oneHot(inputs), new Shape(batch, DIGITS)));
    }

    @Override
    public List<AdderPrediction> batchProcessOutput(TranslatorContext context, NDList outputs) {
        float[] digitLogits = outputs.get(0).toFloatArray();
        float[] sumLogits = outputs.get(1).toFloatArray();
        int batch = digitLogits.length / DIGITS;
        List<AdderPrediction> predictions = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            predictions.add(new AdderPrediction(Softmax.of(digitLogits, i * DIGITS, DIGITS),
                    Softmax.of(sumLogits, i * SUMS, SUMS)));
        }
        return predictions;
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }

    private static float[] normalised(List<AdderInput> inputs) {
        float[] images = new float[inputs.size() * PIXELS];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i).pixels(), 0, images, i * PIXELS, PIXELS);
            AdderDataset.normalise(images, i * PIXELS);
        }
        return images;
    }

    private static float[] oneHot(List<AdderInput> inputs) {
        float[] numbers = new float[inputs.size() * DIGITS];
        for (int i = 0; i < inputs.size(); i++) {
            numbers[i * DIGITS + inputs.get(i).number()] = 1f;
        }
        return numbers;
    }
}
