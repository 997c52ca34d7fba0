package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.data.IdxWriter.Compression;
import studio.adder.data.MnistFolder.FileState;
import studio.adder.util.Sha256;

class MnistFolderTest {

    @TempDir
    Path dir;

    static MnistFolder committedSlice() throws URISyntaxException {
        return new MnistFolder(Path.of(MnistFolderTest.class.getResource("/mnist-slice").toURI()));
    }

    @Test
    void committedTestSliceHoldsTheFirstThousandTestDigits() throws URISyntaxException {
        MnistData test = committedSlice().load(MnistSplit.TEST);

        assertEquals(1_000, test.size());
        assertFalse(test.official());
        // The official t10k labels start 7, 2, 1, 0, 4, 1, 4, 9, 5, 9.
        int[] expected = {7, 2, 1, 0, 4, 1, 4, 9, 5, 9};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], test.label(i), "label " + i);
        }
        assertEquals(test.sha256Images(), Sha256.of(IdxWriter.toBytes(test.images())));
    }

    @Test
    void committedTrainingSliceHoldsTwoThousandDigits() throws URISyntaxException {
        MnistData train = committedSlice().load(MnistSplit.TRAIN);

        assertEquals(2_000, train.size());
        // The official training labels start 5, 0, 4, 1, 9, 2, 1, 3, 1, 4.
        int[] expected = {5, 0, 4, 1, 9, 2, 1, 3, 1, 4};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], train.label(i), "label " + i);
        }
    }

    @Test
    void committedSliceIsReportedAsGzip() throws URISyntaxException {
        MnistFolder.Status status = committedSlice().status();

        assertTrue(status.complete());
        assertEquals(FileState.GZIP, status.test().images());
        assertEquals(FileState.GZIP, status.train().labels());
        assertTrue(status.describe().startsWith("MNIST is ready"), status.describe());
    }

    @Test
    void emptyFolderSaysWhatIsMissingAndWhatToDo() {
        MnistFolder.Status status = new MnistFolder(dir).status();

        assertFalse(status.hasTrain());
        assertFalse(status.hasTest());
        assertEquals(4, status.missingFiles().size());
        String text = status.describe();
        assertTrue(text.contains(dir.toAbsolutePath().toString()), text);
        for (String name : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")) {
            assertTrue(text.contains(name), name + " in: " + text);
        }
        assertTrue(text.contains("run `java -jar target/adder-studio.jar fetch-mnist`, or copy the files there, "
                + "or pass --data-dir"), text);
    }

    @Test
    void statusDistinguishesRawGzipAndMissing() {
        IdxWriter.writeLabels(dir.resolve("t10k-labels-idx1-ubyte"), IdxReaderTest.randomLabels(3, 1),
                Compression.NONE);
        IdxWriter.writeImages(dir.resolve("t10k-images-idx3-ubyte.gz"), IdxReaderTest.randomImages(3, 1),
                Compression.GZIP);

        MnistFolder.Status status = new MnistFolder(dir).status();

        assertEquals(FileState.RAW, status.test().labels());
        assertEquals(FileState.GZIP, status.test().images());
        assertEquals(FileState.MISSING, status.train().images());
        assertTrue(status.hasTest());
        assertFalse(status.hasTrain());
        assertEquals(List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte"), status.missingFiles());
    }

    @Test
    void loadingAMissingSplitNamesFileAndFolder() {
        MnistDataException e = assertThrows(MnistDataException.class,
                () -> new MnistFolder(dir).load(MnistSplit.TRAIN));

        assertTrue(e.getMessage().contains("train-images-idx3-ubyte"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("fetch-mnist"), e.getMessage());
    }

    @Test
    void fullSizeFileWithWrongHashIsRejected() {
        // Official count, but blank pixels: structurally valid, yet not the real MNIST test images.
        IdxWriter.writeImages(dir.resolve("t10k-images-idx3-ubyte.gz"),
                new IdxImages(10_000, 28, 28, new byte[10_000 * 784]), Compression.GZIP);
        IdxWriter.writeLabels(dir.resolve("t10k-labels-idx1-ubyte"), IdxReaderTest.randomLabels(10_000, 2),
                Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class,
                () -> new MnistFolder(dir).load(MnistSplit.TEST));

        assertTrue(e.getMessage().startsWith("t10k-images-idx3-ubyte.gz does not match the official MNIST file "
                + "(SHA-256 "), e.getMessage());
        assertTrue(e.getMessage().contains(MnistSplit.TEST.officialImagesSha256()), e.getMessage());
    }

    @Test
    void imagesAndLabelsMustPairUp() {
        IdxWriter.writeImages(dir.resolve("t10k-images-idx3-ubyte"), IdxReaderTest.randomImages(4, 3),
                Compression.NONE);
        IdxWriter.writeLabels(dir.resolve("t10k-labels-idx1-ubyte"), IdxReaderTest.randomLabels(5, 3),
                Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class,
                () -> new MnistFolder(dir).load(MnistSplit.TEST));

        assertEquals("t10k-images-idx3-ubyte has 4 images but t10k-labels-idx1-ubyte has 5 labels; "
                + "both files must come from the same download.", e.getMessage());
    }

    @Test
    void rawFileIsPreferredOverGzipCopy() {
        IdxWriter.writeLabels(dir.resolve("t10k-labels-idx1-ubyte"), IdxReaderTest.randomLabels(3, 4),
                Compression.NONE);
        IdxWriter.writeLabels(dir.resolve("t10k-labels-idx1-ubyte.gz"), IdxReaderTest.randomLabels(3, 4),
                Compression.GZIP);

        assertEquals(dir.resolve("t10k-labels-idx1-ubyte").toAbsolutePath(),
                new MnistFolder(dir).locate("t10k-labels-idx1-ubyte").orElseThrow());
    }

    @Test
    void defaultFolderFollowsPropertyThenEnvironmentThenHome() {
        Map<String, String> props = Map.of("adder.mnist.dir", "/from/property", "adder.home", "/studio",
                "user.home", "/users/ada");
        Map<String, String> env = Map.of("ADDER_MNIST_DIR", "/from/env");

        assertEquals(Path.of("/from/property"), MnistFolder.resolveDefault(props::get, env::get));
        assertEquals(Path.of("/from/env"), MnistFolder.resolveDefault(
                Map.of("adder.home", "/studio", "user.home", "/users/ada")::get, env::get));
        assertEquals(Path.of("/studio/mnist"), MnistFolder.resolveDefault(
                Map.of("adder.home", "/studio", "user.home", "/users/ada")::get, Map.<String, String>of()::get));
        assertEquals(Path.of("/users/ada/.adder-studio/mnist"), MnistFolder.resolveDefault(
                Map.of("user.home", "/users/ada")::get, Map.<String, String>of()::get));
        assertNotEquals(Path.of("/from/env"), MnistFolder.resolveDefault(
                Map.of("adder.mnist.dir", "  ", "user.home", "/u")::get, Map.of("ADDER_MNIST_DIR", " ")::get));
    }
}
