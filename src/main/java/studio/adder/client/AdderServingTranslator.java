package studio.adder.client;

import ai.djl.modality.Input;
import ai.djl.modality.Output;
import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The {@code Input -> Output} pair DJL Serving uses: a request holding an image and a number (see
 * {@link AdderRequest}) in, the answer as JSON out, with the fields of {@code predict --json}
 * ({@link PredictionFields}). A bad request is refused with a {@link TranslateException} whose
 * message is one sentence.
 */
public final class AdderServingTranslator implements Translator<Input, Output> {

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    /** Context attachment: the numbers of the inputs being answered, oldest first. */
    private static final String NUMBERS = "adder.numbers";

    private final AdderTranslator model = new AdderTranslator();

    @Override
    public NDList processInput(TranslatorContext context, Input request) throws TranslateException {
        AdderInput input = AdderRequest.parse(request);
        // A batch runs processInput for every request, then processOutput for every answer, in
        // order, on one context: a queue hands each answer its own number.
        numbers(context).addLast(input.number());
        return model.processInput(context, input);
    }

    @Override
    public Output processOutput(TranslatorContext context, NDList outputs) {
        AdderPrediction prediction = model.processOutput(context, outputs);
        int number = numbers(context).removeFirst();
        Output output = new Output();
        output.addProperty("Content-Type", "application/json");
        output.add(GSON.toJson(PredictionFields.of(prediction, number)));
        return output;
    }

    @Override
    public Batchifier getBatchifier() {
        return model.getBatchifier();
    }

    @SuppressWarnings("unchecked")
    private static Deque<Integer> numbers(TranslatorContext context) {
        Object numbers = context.getAttachment(NUMBERS);
        if (numbers == null) {
            numbers = new ArrayDeque<Integer>();
            context.setAttachment(NUMBERS, numbers);
        }
        return (Deque<Integer>) numbers;
    }
}
