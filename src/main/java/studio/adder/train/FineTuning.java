package studio.adder.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import studio.adder.model.ModelCard;
import studio.adder.mydigits.ExampleSet;

/**
 * What turns a training run into teaching: the model whose parameters it starts from, and the
 * user's examples mixed into every batch. Either may be absent; with both absent a run trains
 * from scratch on MNIST alone.
 *
 * @param initModel model folder or archive to start from, or null for fresh parameters
 * @param examples the user's examples to mix in, or null
 * @param extraShare the examples' share of every batch, above 0 and below 1
 */
public record FineTuning(Path initModel, ExampleSet examples, double extraShare) {

    /** A quarter of every batch: enough for a few dozen examples to count, little enough to keep MNIST. */
    public static final double DEFAULT_SHARE = 0.25;

    /** Checks the share. */
    public FineTuning {
        if (!(extraShare > 0 && extraShare < 1)) {
            throw new IllegalArgumentException("The examples' share of every batch must be above 0 and below 1, not "
                    + extraShare + ".");
        }
    }

    /** Plain training: fresh parameters, MNIST only. */
    public static FineTuning none() {
        return new FineTuning(null, null, DEFAULT_SHARE);
    }

    /** Whether the run starts from a saved model's parameters. */
    public Optional<Path> startModel() {
        return Optional.ofNullable(initModel);
    }

    /** The examples mixed into every batch, if any. */
    public Optional<ExampleSet> mixedExamples() {
        return Optional.ofNullable(examples);
    }

    /** Whether there is anything to do beyond plain training. */
    public boolean active() {
        return initModel != null || examples != null;
    }

    /**
     * What the model card records: the base model (name, where from, its test figures), the
     * examples per digit and their share of each batch, and the accuracy on the examples.
     *
     * @param baseCard the card of the model started from, or null
     * @param examplesBefore accuracy on the examples before the first batch, or null
     * @param examplesAfter accuracy on the examples after the last epoch, or null
     */
    Map<String, Object> cardEntry(ModelCard baseCard, HeadMetrics examplesBefore, HeadMetrics examplesAfter) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (initModel != null) {
            Map<String, Object> base = new LinkedHashMap<>();
            base.put("name", baseCard == null ? initModel.getFileName().toString() : baseCard.name());
            base.put("source", initModel.toString());
            if (baseCard != null) {
                base.put("created", baseCard.created());
                base.put("testDigitAccuracy", baseCard.testFigure("digitAccuracy"));
                base.put("testSumAccuracy", baseCard.testFigure("sumAccuracy"));
            }
            entry.put("baseModel", base);
        }
        if (examples != null) {
            entry.put("examplesFolder", examples.source().toString());
            entry.put("examples", examples.size());
            entry.put("examplesPerDigit", examples.countsByDigit());
            entry.put("examplesShareOfBatch", extraShare);
            if (examplesBefore != null) {
                entry.put("examplesDigitAccuracyBefore", examplesBefore.digitAccuracy());
                entry.put("examplesSumAccuracyBefore", examplesBefore.sumAccuracy());
            }
            if (examplesAfter != null) {
                entry.put("examplesDigitAccuracy", examplesAfter.digitAccuracy());
                entry.put("examplesSumAccuracy", examplesAfter.sumAccuracy());
            }
        }
        return entry;
    }
}
