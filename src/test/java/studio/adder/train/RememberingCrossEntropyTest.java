package studio.adder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.data.AdderDataset;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;
import studio.adder.model.ModelFolder;

class RememberingCrossEntropyTest {

    @Test
    void theSameArraysGetTheSameLossAndOtherArraysAFreshOne() {
        EngineSetup.start();
        RememberingCrossEntropy remembering = new RememberingCrossEntropy("digit_loss");
        SoftmaxCrossEntropyLoss plain = new SoftmaxCrossEntropyLoss("plain");
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList labels = new NDList(manager.create(new float[] {3, 1}));
            NDList logits = new NDList(manager.create(new float[] {0, 1, 2, 3, 2, 1, 0, -1}, new Shape(2, 4)));
            NDArray first = remembering.evaluate(labels, logits);
            assertEquals(plain.evaluate(labels, logits).getFloat(), first.getFloat(), 1e-6f);
            // The same arrays in new lists, as DJL's IndexLoss passes them.
            assertSame(first, remembering.evaluate(new NDList(labels.head()), new NDList(logits.head())));

            NDList equalLogits = new NDList(logits.head().duplicate());
            NDArray recomputed = remembering.evaluate(labels, equalLogits);
            assertNotSame(first, recomputed, "another prediction array is another question");
            assertEquals(first.getFloat(), recomputed.getFloat(), 1e-6f);

            first.close();
            NDArray afterRelease = remembering.evaluate(labels, logits);
            assertNotSame(first, afterRelease, "a closed loss is never handed out");
            assertFalse(afterRelease.isReleased());
            assertEquals(recomputed.getFloat(), afterRelease.getFloat(), 1e-6f);
        }
    }

    @Test
    void eachHeadsLossIsAMetricOnceAndIsTheLossOfTheBatchJustTrained() {
        EngineSetup.start();
        TrainingConfig config = TrainingConfig.builder(ArchitectureId.SEED).optBatchSize(32).optAugment(false).build();
        try (Model model = Model.newInstance(ModelFolder.PARAMS_PREFIX, Device.cpu())) {
            model.setBlock(config.architecture().architecture().newNetwork());
            float[] fromScratch = new float[2];
            // Recomputes both heads' losses with DJL's plain loss on the very arrays the batch
            // produced, after the trainer's evaluators have recorded theirs.
            TrainingListener recompute = new TrainingListenerAdapter() {
                @Override
                public void onTrainingBatch(Trainer trainer, BatchData batchData) {
                    NDList labels = batchData.getLabels().values().iterator().next();
                    NDList predictions = batchData.getPredictions().values().iterator().next();
                    for (int head = 0; head < 2; head++) {
                        fromScratch[head] = new SoftmaxCrossEntropyLoss("plain").evaluate(
                                new NDList(labels.get(head)), new NDList(predictions.get(head))).getFloat();
                    }
                }
            };
            try (Trainer trainer = TrainerFactory.newTrainer(model, config, Device.cpu(), Tracker.fixed(0.01f),
                    recompute)) {
                List<String> names = trainer.getEvaluators().stream().map(e -> e.getName()).toList();
                assertEquals(1, names.stream().filter(TrainerFactory.LOSS::equals).count(), names.toString());
                assertFalse(names.contains(TrainerFactory.DIGIT_LOSS), "head losses come from the composite: " + names);

                AdderDataset data = AdderDataset.builder().setData(TestData.train()).setSampling(32, false)
                        .optLimit(64).build();
                for (Batch batch : data.batches(trainer.getManager())) {
                    try (batch) {
                        EasyTrain.trainBatch(trainer, batch);
                        trainer.step();
                        HeadMetrics metrics = TrainerFactory.metrics(trainer, EvaluatorTrainingListener.TRAIN_ALL);
                        assertEquals(fromScratch[0], metrics.digitLoss(), 1e-4f);
                        assertEquals(fromScratch[1], metrics.sumLoss(), 1e-4f);
                        assertTrue(metrics.digitAccuracy() >= 0 && metrics.sumAccuracy() <= 1);
                    }
                }
            }
        }
    }
}
