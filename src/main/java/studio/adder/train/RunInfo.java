package studio.adder.train;

/**
 * What a run is about to do, sent once before the first batch.
 *
 * @param config the validated configuration
 * @param device the device in words, with the reason when a GPU exists but is not used
 * @param threads compute threads the engine uses
 * @param trainingImages images per epoch
 * @param testImages images scored after each epoch
 * @param batchesPerEpoch batches per epoch
 */
public record RunInfo(
        TrainingConfig config,
        String device,
        int threads,
        int trainingImages,
        int testImages,
        int batchesPerEpoch) implements RunRecord {}
