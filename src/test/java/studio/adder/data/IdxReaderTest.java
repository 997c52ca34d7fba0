package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import studio.adder.data.IdxWriter.Compression;

class IdxReaderTest {

    @TempDir
    Path dir;

    static IdxImages randomImages(int count, long seed) {
        byte[] pixels = new byte[count * 28 * 28];
        new Random(seed).nextBytes(pixels);
        return new IdxImages(count, 28, 28, pixels);
    }

    static IdxLabels randomLabels(int count, long seed) {
        Random random = new Random(seed);
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) random.nextInt(10);
        }
        return new IdxLabels(count, labels);
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void imagesRoundTrip(Compression compression) {
        IdxImages written = randomImages(5, 1);
        Path file = dir.resolve("images");
        IdxWriter.writeImages(file, written, compression);

        IdxImages read = IdxReader.readImages(file);

        assertEquals(5, read.count());
        assertEquals(28, read.rows());
        assertEquals(28, read.cols());
        assertArrayEquals(written.pixels(), read.pixels());
        assertEquals(written.pixels()[28 + 3] & 0xFF, read.pixel(0, 1, 3));
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void labelsRoundTrip(Compression compression) {
        IdxLabels written = randomLabels(37, 2);
        Path file = dir.resolve("labels.bin");
        IdxWriter.writeLabels(file, written, compression);

        IdxLabels read = IdxReader.readLabels(file);

        assertEquals(37, read.count());
        assertArrayEquals(written.labels(), read.labels());
    }

    @Test
    void gzipIsDetectedFromContentNotName() throws IOException {
        Path misnamed = dir.resolve("labels.gz");
        IdxWriter.writeLabels(misnamed, randomLabels(3, 3), Compression.NONE);
        Path gzipWithoutSuffix = dir.resolve("labels");
        IdxWriter.writeLabels(gzipWithoutSuffix, randomLabels(3, 3), Compression.GZIP);

        assertEquals(0x1f, Files.readAllBytes(gzipWithoutSuffix)[0] & 0xFF);
        assertArrayEquals(IdxReader.readLabels(misnamed).labels(), IdxReader.readLabels(gzipWithoutSuffix).labels());
    }

    @Test
    void labelFileIsNotAcceptedAsImages() {
        Path file = dir.resolve("t10k-images-idx3-ubyte");
        IdxWriter.writeLabels(file, randomLabels(20, 4), Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readImages(file));

        assertTrue(e.getMessage().startsWith("t10k-images-idx3-ubyte is not an IDX image file"), e.getMessage());
        assertTrue(e.getMessage().contains("0x00000801"), e.getMessage());
    }

    @Test
    void garbageMagicIsRejected() {
        Path file = dir.resolve("labels");
        IdxWriter.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readLabels(file));

        assertTrue(e.getMessage().contains("0x504b0304"), e.getMessage());
    }

    @Test
    void imagesThatAreNot28x28AreRejected() {
        Path file = dir.resolve("images");
        IdxWriter.writeImages(file, new IdxImages(2, 32, 32, new byte[2 * 32 * 32]), Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readImages(file));

        assertTrue(e.getMessage().contains("32x32"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void truncatedImagesAreRejectedWithBothSizes(Compression compression) {
        byte[] full = IdxWriter.toBytes(randomImages(3, 5));
        Path file = dir.resolve("train-images-idx3-ubyte");
        IdxWriter.write(file, Arrays.copyOf(full, full.length - 100), compression);

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readImages(file));

        assertEquals("train-images-idx3-ubyte is truncated: expected 2,368 bytes, found 2,268. "
                + "Delete it and fetch MNIST again.", e.getMessage());
    }

    @Test
    void fileShorterThanHeaderIsTruncated() {
        Path file = dir.resolve("labels");
        IdxWriter.write(file, new byte[] {0, 0, 8, 1}, Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readLabels(file));

        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void trailingBytesAreRejected() {
        byte[] full = IdxWriter.toBytes(randomLabels(10, 6));
        Path file = dir.resolve("labels");
        IdxWriter.write(file, Arrays.copyOf(full, full.length + 3), Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readLabels(file));

        assertTrue(e.getMessage().contains("3 unexpected bytes"), e.getMessage());
    }

    @Test
    void headerCountLargerThanContentIsRejected() {
        byte[] content = IdxWriter.toBytes(randomImages(2, 7));
        content[7] = 3; // header now claims three images, payload holds two
        Path file = dir.resolve("images");
        IdxWriter.write(file, content, Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readImages(file));

        assertTrue(e.getMessage().contains("expected 2,368 bytes, found 1,584"), e.getMessage());
    }

    @Test
    void labelOutOfRangeIsRejected() {
        byte[] labels = {1, 2, 10, 3};
        Path file = dir.resolve("labels");
        IdxWriter.write(file, IdxWriter.toBytes(new IdxLabels(4, labels)), Compression.NONE);

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readLabels(file));

        assertTrue(e.getMessage().contains("label 10 for image 2"), e.getMessage());
    }

    @Test
    void damagedGzipIsRejected() throws IOException {
        Path file = dir.resolve("labels");
        IdxWriter.writeLabels(file, randomLabels(500, 8), Compression.GZIP);
        byte[] gz = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));

        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxReader.readLabels(file));

        assertTrue(e.getMessage().startsWith("labels is gzip-compressed but damaged"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        MnistDataException e = assertThrows(MnistDataException.class,
                () -> IdxReader.readLabels(dir.resolve("nothing-here")));

        assertTrue(e.getMessage().startsWith("nothing-here does not exist"), e.getMessage());
    }
}
