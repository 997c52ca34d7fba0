package studio.adder.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes images and labels as IDX files, raw or gzip-compressed; used to cut test slices and to build test files.
 *
 * <p>It writes whatever shape it is given (not only 28x28), so tests can produce files the reader must reject.
 */
public final class IdxWriter {

    /** How the written file is encoded on disk. */
    public enum Compression { NONE, GZIP }

    private IdxWriter() {
    }

    /** The raw IDX encoding of {@code images}: header, then pixels. */
    public static byte[] toBytes(IdxImages images) {
        return ByteBuffer.allocate(IdxReader.IMAGES_HEADER_BYTES + images.pixels().length)
                .putInt(IdxReader.IMAGES_MAGIC)
                .putInt(images.count())
                .putInt(images.rows())
                .putInt(images.cols())
                .put(images.pixels())
                .array();
    }

    /** The raw IDX encoding of {@code labels}: header, then one byte per label. */
    public static byte[] toBytes(IdxLabels labels) {
        return ByteBuffer.allocate(IdxReader.LABELS_HEADER_BYTES + labels.count())
                .putInt(IdxReader.LABELS_MAGIC)
                .putInt(labels.count())
                .put(labels.labels())
                .array();
    }

    public static void writeImages(Path file, IdxImages images, Compression compression) {
        write(file, toBytes(images), compression);
    }

    public static void writeLabels(Path file, IdxLabels labels, Compression compression) {
        write(file, toBytes(labels), compression);
    }

    /** Writes already encoded bytes; also handy for tests that need deliberately broken files. */
    public static void write(Path file, byte[] content, Compression compression) {
        try (OutputStream out = open(file, compression)) {
            out.write(content);
        } catch (IOException e) {
            throw new MnistDataException("Could not write " + Messages.fileName(file) + ": " + e.getMessage(), e);
        }
    }

    private static OutputStream open(Path file, Compression compression) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (compression == Compression.NONE) {
            return out;
        }
        try {
            return new GZIPOutputStream(out, 1 << 16);
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }
}
