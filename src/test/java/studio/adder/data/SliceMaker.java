package studio.adder.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cuts the first images and labels of a verified MNIST split into small gzipped IDX files, such as the slice
 * committed under {@code src/test/resources/mnist-slice} so tests run without the full dataset.
 */
public final class SliceMaker {

    /** Test images in the committed slice. */
    public static final int TEST_SLICE_SIZE = 1_000;
    /** Training images in the committed slice: enough to check that training makes progress. */
    public static final int TRAIN_SLICE_SIZE = 2_000;

    private SliceMaker() {
    }

    /**
     * Writes the first {@code count} items of {@code split} from {@code source} into {@code target} as
     * {@code <name>.gz}. The source must be the official files, so a slice is always a true prefix of MNIST.
     */
    public static void writeSlice(MnistFolder source, MnistSplit split, int count, Path target) {
        MnistData data = source.load(split);
        if (!data.official()) {
            throw new MnistDataException("The " + split.description() + " in " + source.path()
                    + " is not the official MNIST data, so it cannot be sliced.");
        }
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new MnistDataException("Could not create " + target + ": " + e.getMessage(), e);
        }
        IdxWriter.writeImages(target.resolve(split.imagesFile() + ".gz"), data.images().first(count),
                IdxWriter.Compression.GZIP);
        IdxWriter.writeLabels(target.resolve(split.labelsFile() + ".gz"), data.labels().first(count),
                IdxWriter.Compression.GZIP);
    }

    /** Usage: {@code SliceMaker <mnist-folder> <target-folder>}; writes the test and training slices. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: SliceMaker <mnist-folder> <target-folder>");
            System.exit(2);
        }
        MnistFolder source = new MnistFolder(Path.of(args[0]));
        Path target = Path.of(args[1]);
        writeSlice(source, MnistSplit.TEST, TEST_SLICE_SIZE, target);
        writeSlice(source, MnistSplit.TRAIN, TRAIN_SLICE_SIZE, target);
        System.out.println("Wrote " + TEST_SLICE_SIZE + " test and " + TRAIN_SLICE_SIZE + " training items to "
                + target.toAbsolutePath());
    }
}
