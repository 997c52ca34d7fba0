package studio.adder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.data.IdxImages;
import studio.adder.data.IdxLabels;
import studio.adder.data.MnistData;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ModelLibrary;
import studio.adder.mydigits.ExampleSet;

/** Fine-tuning on the slice: starting from a saved model keeps what it knew, examples are scored and carded. */
class FineTuningTest {

    @BeforeAll
    static void startEngine() {
        EngineSetup.start();
    }

    private static class Recorder implements RunListener {
        final List<ExamplesEvaluation> examples = new ArrayList<>();
        RunInfo info;

        @Override
        public void onStart(RunInfo runInfo) {
            info = runInfo;
        }

        @Override
        public void onExamplesEvaluation(ExamplesEvaluation evaluation) {
            examples.add(evaluation);
        }
    }

    @Test
    void startingFromTheShippedModelKeepsItsAccuracy(@TempDir Path out) {
        // The parameters must survive the first optimiser step: copied after the trainer exists,
        // DJL's parameter server would put the random initial values back.
        TrainingConfig config = FineTuneRecipe.from(TrainingConfig.defaultsFor(ArchitectureId.COMPACT)).toBuilder()
                .optTrainingLimit(256).build();
        RunOutcome outcome = new TrainingService().train(RunRequest.of(config, TestData.train(),
                TestData.test(), out, new RunListener() {}, new RunControl())
                .withFineTuning(new FineTuning(ModelLibrary.shippedModelFolder(), null, FineTuning.DEFAULT_SHARE)));
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        double digit = outcome.lastEpoch().test().metrics().digitAccuracy();
        assertTrue(digit >= 0.98, "the shipped model scores 99.8% on the slice; after fine-tuning: " + digit);
        Map<?, ?> fineTune = (Map<?, ?>) ModelCards.read(out).training().get("fineTune");
        assertEquals("compact-mnist", ((Map<?, ?>) fineTune.get("baseModel")).get("name"));
    }

    @Test
    void examplesAreMixedScoredBeforeDuringAndAfterAndRecordedOnTheCard(@TempDir Path temp) {
        Path base = TestData.trainTinyModel(ArchitectureId.COMPACT, temp.resolve("base"));
        ExampleSet examples = new ExampleSet(temp.resolve("examples"), sevens(20), new int[] {0, 0, 0, 0, 0, 0, 0, 20, 0, 0});
        TrainingConfig config = TrainingConfig.builder(ArchitectureId.COMPACT).optEpochs(1).optTrainingLimit(384)
                .optBatchSize(128).optLearningRate(0.001f).build();
        Recorder recorder = new Recorder();
        Path out = temp.resolve("tuned");
        RunOutcome outcome = new TrainingService().train(RunRequest.of(config, TestData.train(),
                TestData.test(), out, recorder, new RunControl())
                .withFineTuning(new FineTuning(base, examples, 0.25)));

        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        assertEquals(4, recorder.info.batchesPerEpoch(), "384 MNIST images, 96 per batch of 128");
        assertEquals(384 + 4 * 32, recorder.info.trainingImages());
        assertEquals(0, recorder.examples.get(0).globalBatch(), "scored before the first batch");
        ExamplesEvaluation last = recorder.examples.get(recorder.examples.size() - 1);
        assertEquals(4, last.globalBatch(), "and after the epoch");
        assertEquals(20, last.evaluated());
        ModelCard card = ModelCards.read(out);
        Map<?, ?> fineTune = (Map<?, ?>) card.training().get("fineTune");
        assertEquals("{7=20}", fineTune.get("examplesPerDigit").toString());
        assertEquals(0.25, fineTune.get("examplesShareOfBatch"));
        assertEquals(last.metrics().digitAccuracy(), (Double) fineTune.get("examplesDigitAccuracy"), 1e-6);
        assertEquals(base.toString(), ((Map<?, ?>) fineTune.get("baseModel")).get("source"));
    }

    @Test
    void anotherArchitectureIsRefusedWithASentence(@TempDir Path temp) {
        Path seedModel = TestData.trainTinyModel(ArchitectureId.SEED, temp.resolve("seed"));
        TrainingConfig config = TrainingConfig.builder(ArchitectureId.COMPACT).optEpochs(1).optTrainingLimit(128).build();
        RunOutcome outcome = new TrainingService().train(RunRequest.of(config, TestData.train(),
                TestData.test(), temp.resolve("out"), new RunListener() {}, new RunControl())
                .withFineTuning(new FineTuning(seedModel, null, FineTuning.DEFAULT_SHARE)));
        assertEquals(RunOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.message().contains("is a 'seed' network, but this run trains 'compact'"), outcome.message());
    }

    /** The first {@code count} sevens of the slice's training images, as an example set. */
    private static MnistData sevens(int count) {
        MnistData train = TestData.train();
        byte[] pixels = new byte[count * 784];
        byte[] labels = new byte[count];
        int found = 0;
        for (int i = 0; found < count; i++) {
            if (train.label(i) == 7) {
                System.arraycopy(train.images().pixels(), i * 784, pixels, found * 784, 784);
                labels[found++] = 7;
            }
        }
        return MnistData.of(new IdxImages(count, 28, 28, pixels), new IdxLabels(count, labels));
    }
}
