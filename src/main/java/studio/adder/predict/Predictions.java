package studio.adder.predict;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the app's tabs ask of the model that answers drawings: switch it, name it, and predict.
 * {@link PredictionService} is the engine's; a view-model test can give its own so that it needs
 * no native code. Called only from engine work.
 */
public interface Predictions {

    /** The engine, device and threads in one line. */
    String engineSummary();

    /** Makes the shipped pretrained model the active one. */
    ModelSummary useShipped();

    /**
     * Makes a model folder or archive the active one; when it cannot be loaded the previous model
     * stays active and the exception says why.
     */
    ModelSummary use(Path folderOrArchive);

    /** The active model, if any. */
    Optional<ModelSummary> activeModel();

    /**
     * Predicts a prepared 28x28 image (0..1, white on black) plus a number with the active model.
     *
     * @throws IllegalStateException when no model is active
     */
    TimedPrediction predict(float[] mnistPixels, int number);
}
