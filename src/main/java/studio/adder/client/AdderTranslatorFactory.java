package studio.adder.client;

import ai.djl.Model;
import ai.djl.modality.Input;
import ai.djl.modality.Output;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorFactory;
import ai.djl.util.Pair;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;

/**
 * The translators of an Adder Studio model, named in every archive's {@code serving.properties}
 * ({@code translatorFactory=studio.adder.client.AdderTranslatorFactory}) so that DJL finds them
 * by itself:
 * <ul>
 *   <li>{@code AdderInput -> AdderPrediction}: a prepared 28x28 image and a number in, both heads'
 *       probabilities out ({@link AdderTranslator});</li>
 *   <li>{@code Input -> Output}: DJL Serving's pair, image bytes and a number in, JSON out
 *       ({@link AdderServingTranslator}).</li>
 * </ul>
 */
public final class AdderTranslatorFactory implements TranslatorFactory {

    private static final Set<Pair<Type, Type>> SUPPORTED = Set.of(
            new Pair<>(AdderInput.class, AdderPrediction.class),
            new Pair<>(Input.class, Output.class));

    @Override
    public Set<Pair<Type, Type>> getSupportedTypes() {
        return SUPPORTED;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <I, O> Translator<I, O> newInstance(Class<I> input, Class<O> output, Model model,
            Map<String, ?> arguments) throws TranslateException {
        if (input == AdderInput.class && output == AdderPrediction.class) {
            return (Translator<I, O>) new AdderTranslator();
        }
        if (input == Input.class && output == Output.class) {
            return (Translator<I, O>) new AdderServingTranslator();
        }
        throw new TranslateException("An Adder Studio model answers AdderInput -> AdderPrediction or"
                + " Input -> Output, not " + input.getSimpleName() + " -> " + output.getSimpleName() + ".");
    }
}
