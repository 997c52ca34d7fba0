package studio.adder;

import java.nio.file.Path;
import studio.adder.data.IdxReader;
import studio.adder.data.MnistData;

/** The committed MNIST slice (first 1,000 test and 2,000 training images), loaded once. */
public final class TestData {

    /** Folder of the slice, usable as a data folder. */
    public static final Path SLICE = Path.of("src/test/resources/mnist-slice");

    private static MnistData test;
    private static MnistData train;

    private TestData() {}

    /** The first 1,000 MNIST test images. */
    public static synchronized MnistData test() {
        if (test == null) {
            test = load("t10k");
        }
        return test;
    }

    /** The first 2,000 MNIST training images. */
    public static synchronized MnistData train() {
        if (train == null) {
            train = load("train");
        }
        return train;
    }

    private static MnistData load(String prefix) {
        return MnistData.of(
                IdxReader.readImages(SLICE.resolve(prefix + "-images-idx3-ubyte.gz")),
                IdxReader.readLabels(SLICE.resolve(prefix + "-labels-idx1-ubyte.gz")));
    }
}
