package studio.adder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import studio.adder.model.ArchitectureId;
import studio.adder.model.ModelArchives;
import studio.adder.model.ModelCards;
import studio.adder.mydigits.ExampleFolder;
import studio.adder.mydigits.ExampleSet;
import studio.adder.train.FineTuning;

/** {@code train}'s options for teaching a model the user's handwriting. */
final class FineTuneOptions {

    @Option(names = "--init-model", paramLabel = "DIR|ZIP", description = "Start from this model's parameters"
            + " (fine-tuning); the defaults become the fine-tuning recipe: 1 epoch of 30,000 MNIST images,"
            + " an eighth of the learning rate, cosine schedule.")
    Path initModel;

    @Option(names = "--extra-data", paramLabel = "DIR", description = "Mix these labelled examples (a subfolder"
            + " per digit 0-9, as ~/.adder-studio/my-digits) into every batch.")
    Path extraData;

    @Option(names = "--extra-weight", paramLabel = "K", description = "The examples' share of every batch,"
            + " above 0 and below 1 (default: ${DEFAULT-VALUE}).")
    double extraWeight = FineTuning.DEFAULT_SHARE;

    /** Whether the run starts from a saved model. */
    boolean startsFromModel() {
        return initModel != null;
    }

    /** The architecture of the model to start from, read from its card. */
    ArchitectureId initArchitecture() {
        Path folder = Files.isDirectory(initModel) ? initModel : ModelArchives.unpack(initModel);
        return ArchitectureId.parse(ModelCards.read(folder).architecture());
    }

    /** The fine-tuning to do; reading the examples folder explains what is wrong with it. */
    FineTuning toFineTuning() {
        if (extraData == null && extraWeight != FineTuning.DEFAULT_SHARE) {
            throw new IllegalArgumentException("--extra-weight needs --extra-data: the examples whose share it sets.");
        }
        ExampleSet examples = extraData == null ? null : ExampleFolder.read(extraData);
        return new FineTuning(initModel, examples, extraWeight);
    }
}
