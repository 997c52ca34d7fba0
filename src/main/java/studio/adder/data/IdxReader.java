package studio.adder.data;

import static studio.adder.data.Messages.REFETCH;
import static studio.adder.data.Messages.count;
import static studio.adder.data.Messages.fileName;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST files in the IDX format, raw or gzip-compressed, and checks that they are exactly what they claim to be.
 *
 * <p>Compression is detected from the content (the gzip magic bytes {@code 1f 8b}), never from the file name, because
 * browsers and download tools often rename or silently decompress these files.
 */
public final class IdxReader {

    /** Magic number of an IDX file of unsigned bytes with three dimensions (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned bytes with one dimension (labels). */
    public static final int LABELS_MAGIC = 0x00000801;
    /** MNIST images are square, this many pixels a side. */
    public static final int MNIST_SIDE = 28;

    static final int IMAGES_HEADER_BYTES = 16;
    static final int LABELS_HEADER_BYTES = 8;

    // The MNIST training images are 47 MB; anything far larger is not MNIST, and refusing early avoids
    // running out of memory on a wrong file (or a gzip bomb).
    private static final int MAX_CONTENT_BYTES = 128 << 20;

    private IdxReader() {
    }

    /** Reads and validates an MNIST image file (magic {@code 0x00000803}, 28x28 images). */
    public static IdxImages readImages(Path file) {
        return parseImages(readContent(file), fileName(file));
    }

    /** Reads and validates an MNIST label file (magic {@code 0x00000801}, labels 0 to 9). */
    public static IdxLabels readLabels(Path file) {
        return parseLabels(readContent(file), fileName(file));
    }

    /** Returns the raw IDX content of a file, decompressing it first if it is gzip-compressed. */
    public static byte[] readContent(Path file) {
        String name = fileName(file);
        try {
            if (Files.size(file) > MAX_CONTENT_BYTES) {
                throw tooLarge(name);
            }
            byte[] bytes = Files.readAllBytes(file);
            return isGzip(bytes) ? gunzip(bytes, name) : bytes;
        } catch (NoSuchFileException e) {
            throw new MnistDataException(name + " does not exist (looked for " + file.toAbsolutePath() + ").", e);
        } catch (IOException e) {
            throw new MnistDataException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Validates raw IDX image content; {@code fileName} is only used in error messages. */
    public static IdxImages parseImages(byte[] content, String fileName) {
        requireHeader(content, IMAGES_HEADER_BYTES, fileName);
        requireMagic(readInt(content, 0), IMAGES_MAGIC, "image", fileName);
        int count = readInt(content, 4);
        int rows = readInt(content, 8);
        int cols = readInt(content, 12);
        requireCount(count, fileName);
        if (rows != MNIST_SIDE || cols != MNIST_SIDE) {
            throw new MnistDataException(fileName + " holds " + Integer.toUnsignedString(rows) + "x"
                    + Integer.toUnsignedString(cols) + " images, but MNIST images are 28x28.");
        }
        requireLength(content, IMAGES_HEADER_BYTES + (long) count * rows * cols, "image", fileName);
        byte[] pixels = Arrays.copyOfRange(content, IMAGES_HEADER_BYTES, content.length);
        return new IdxImages(count, rows, cols, pixels);
    }

    /** Validates raw IDX label content; {@code fileName} is only used in error messages. */
    public static IdxLabels parseLabels(byte[] content, String fileName) {
        requireHeader(content, LABELS_HEADER_BYTES, fileName);
        requireMagic(readInt(content, 0), LABELS_MAGIC, "label", fileName);
        int count = readInt(content, 4);
        requireCount(count, fileName);
        requireLength(content, LABELS_HEADER_BYTES + (long) count, "label", fileName);
        byte[] labels = Arrays.copyOfRange(content, LABELS_HEADER_BYTES, content.length);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 9) {
                throw new MnistDataException(fileName + " has label " + (labels[i] & 0xFF) + " for image "
                        + count(i) + ", but MNIST labels are digits 0 to 9. " + REFETCH);
            }
        }
        return new IdxLabels(count, labels);
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b;
    }

    private static byte[] gunzip(byte[] compressed, String name) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] content = in.readNBytes(MAX_CONTENT_BYTES + 1);
            if (content.length > MAX_CONTENT_BYTES) {
                throw tooLarge(name);
            }
            return content;
        } catch (IOException e) {
            throw new MnistDataException(
                    name + " is gzip-compressed but damaged (" + e.getMessage() + "). " + REFETCH, e);
        }
    }

    private static MnistDataException tooLarge(String name) {
        return new MnistDataException(name + " is larger than " + count(MAX_CONTENT_BYTES)
                + " bytes, far too large to be an MNIST file.");
    }

    private static void requireHeader(byte[] content, int headerBytes, String name) {
        if (content.length < headerBytes) {
            throw new MnistDataException(name + " is truncated: expected at least " + headerBytes
                    + " header bytes, found " + count(content.length) + ". " + REFETCH);
        }
    }

    private static void requireMagic(int magic, int expected, String kind, String name) {
        if (magic == expected) {
            return;
        }
        String hint = (magic == IMAGES_MAGIC || magic == LABELS_MAGIC)
                ? " It looks like the " + (magic == IMAGES_MAGIC ? "image" : "label") + " file; check the file names."
                : " " + REFETCH;
        throw new MnistDataException(String.format("%s is not an IDX %s file: magic number 0x%08x, expected 0x%08x.%s",
                name, kind, magic, expected, hint));
    }

    private static void requireCount(int count, String name) {
        // IDX stores counts as unsigned 32-bit numbers; MNIST never comes close to 2^31.
        if (count < 0) {
            throw new MnistDataException(name + " has an impossible item count ("
                    + Integer.toUnsignedString(count) + "). " + REFETCH);
        }
    }

    private static void requireLength(byte[] content, long expected, String kind, String name) {
        if (content.length < expected) {
            throw new MnistDataException(name + " is truncated: expected " + count(expected) + " bytes, found "
                    + count(content.length) + ". " + REFETCH);
        }
        if (content.length > expected) {
            throw new MnistDataException(name + " has " + count(content.length - expected)
                    + " unexpected bytes after its last " + kind + ": expected " + count(expected) + " bytes, found "
                    + count(content.length) + ". " + REFETCH);
        }
    }

    private static int readInt(byte[] bytes, int offset) {
        // IDX integers are big-endian.
        return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
                | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
    }
}
