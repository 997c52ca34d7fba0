package studio.adder.client;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import studio.adder.data.AdderDataset;

/**
 * Turns an {@link AdderInput} into the network's two inputs and its two outputs into
 * probabilities. Public so plain DJL code can load an exported model with
 * {@code Criteria.builder().optTranslator(new AdderTranslator())}.
 */
public final class AdderTranslator implements Translator<AdderInput, AdderPrediction> {

    @Override
    public NDList processInput(TranslatorContext context, AdderInput input) {
        NDManager manager = context.getNDManager();
        float[] pixels = input.pixels();
        AdderDataset.normalise(pixels, 0);
        float[] oneHot = new float[10];
        oneHot[input.number()] = 1f;
        return new NDList(manager.create(pixels, new Shape(1, 28, 28)), manager.create(oneHot));
    }

    @Override
    public AdderPrediction processOutput(TranslatorContext context, NDList outputs) {
        NDArray digits = outputs.get(0).softmax(-1);
        NDArray sums = outputs.get(1).softmax(-1);
        return new AdderPrediction(digits.toFloatArray(), sums.toFloatArray());
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }
}
