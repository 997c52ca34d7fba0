package studio.adder.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import studio.adder.data.MnistData;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistSplit;

/** The shared {@code --data-dir} option and loading MNIST from it with a clear message. */
public final class DataOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder with the MNIST IDX files (raw or .gz). Default: $ADDER_MNIST_DIR or ~/.adder-studio/mnist.")
    Path dataDir;

    /** The chosen data folder. */
    public MnistFolder folder() {
        return dataDir != null ? new MnistFolder(dataDir) : MnistFolder.defaultFolder();
    }

    /** Loads a split, or explains exactly what to do when its files are missing. */
    public MnistData load(MnistSplit split) {
        MnistFolder folder = folder();
        MnistFolder.Status status = folder.status();
        boolean present = split == MnistSplit.TRAIN ? status.hasTrain() : status.hasTest();
        if (!present) {
            throw new CliException(status.describe());
        }
        return folder.load(split);
    }
}
