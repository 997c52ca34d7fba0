package studio.adder.train;

import java.nio.file.Path;
import java.util.Objects;
import studio.adder.data.MnistData;

/**
 * Everything one training run needs, as the tab, the command line and the tests ask for it; the
 * one argument of {@link TrainingService#train(RunRequest)}.
 *
 * @param config the settings (validated when the run starts)
 * @param train the training images
 * @param test the test images, scored once per epoch
 * @param outputFolder the model folder that receives a checkpoint every epoch
 * @param devices a device id ({@code cpu}, {@code gpu0}, {@code gpu0,gpu1}, {@code gpus}); null for
 *     the default: every usable GPU, else the CPU
 * @param fineTuning a start model and/or the user's examples mixed in; {@link FineTuning#none()} for neither
 * @param listener receives the run's records on the engine thread
 * @param control stop and pause requests from other threads
 */
public record RunRequest(TrainingConfig config, MnistData train, MnistData test, Path outputFolder, String devices,
        FineTuning fineTuning, RunListener listener, RunControl control) {

    /** Checks the required parts; no fine-tuning stands for {@link FineTuning#none()}. */
    public RunRequest {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(outputFolder, "outputFolder");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(control, "control");
        fineTuning = fineTuning == null ? FineTuning.none() : fineTuning;
    }

    /** A plain run on the default devices, without fine-tuning. */
    public static RunRequest of(TrainingConfig config, MnistData train, MnistData test, Path outputFolder,
            RunListener listener, RunControl control) {
        return new RunRequest(config, train, test, outputFolder, null, FineTuning.none(), listener, control);
    }

    /** This request on the devices with this id; null for the default. */
    public RunRequest onDevices(String ids) {
        return new RunRequest(config, train, test, outputFolder, ids, fineTuning, listener, control);
    }

    /** This request starting from a saved model and/or mixing in the user's examples. */
    public RunRequest withFineTuning(FineTuning value) {
        return new RunRequest(config, train, test, outputFolder, devices, value, listener, control);
    }
}
