package studio.adder.train;

import ai.djl.ndarray.NDManager;
import studio.adder.data.AdderDataset;
import studio.adder.data.MnistData;
import studio.adder.model.LoadedModel;

/** The fixed test pairs every model is scored on, so figures are comparable across models. */
public final class TestSets {

    private static final int EVALUATION_BATCH = 500;

    private TestSets() {}

    /** The test set paired with its fixed numbers; {@code limit} 0 means all images. */
    public static AdderDataset of(MnistData test, int limit) {
        return AdderDataset.builder()
                .setData(test)
                .setSampling(EVALUATION_BATCH, false)
                .optLimit(limit > 0 ? limit : Long.MAX_VALUE)
                .optSeed(Checkpoints.TEST_NUMBER_SEED)
                .build();
    }

    /** Scores a loaded model on the (first {@code limit}) test pairs. */
    public static Evaluation evaluate(LoadedModel loaded, MnistData test, int limit) {
        try (NDManager manager = loaded.model().getNDManager().newSubManager()) {
            return ModelEvaluator.evaluate(loaded.model().getBlock(), manager, of(test, limit));
        }
    }
}
