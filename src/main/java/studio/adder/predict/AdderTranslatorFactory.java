package studio.adder.predict;

import ai.djl.Model;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorFactory;
import ai.djl.util.Pair;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;

/**
 * The translator factory's former name, still written in the {@code serving.properties} of
 * archives exported before the client types moved to {@code studio.adder.client}; DJL finds it by
 * that name, so those archives keep loading with the same translators.
 *
 * @deprecated new archives name {@code studio.adder.client.AdderTranslatorFactory}; use that one.
 */
@Deprecated(since = "0.1.0")
public final class AdderTranslatorFactory implements TranslatorFactory {

    // CHECKSTYLE:OFF the same simple name in two packages; the new home is written out on purpose.
    private final TranslatorFactory current = new studio.adder.client.AdderTranslatorFactory();
    // CHECKSTYLE:ON

    @Override
    public Set<Pair<Type, Type>> getSupportedTypes() {
        return current.getSupportedTypes();
    }

    @Override
    public <I, O> Translator<I, O> newInstance(Class<I> input, Class<O> output, Model model,
            Map<String, ?> arguments) throws TranslateException {
        return current.newInstance(input, output, model, arguments);
    }
}
