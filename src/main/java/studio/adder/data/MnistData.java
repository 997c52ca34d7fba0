package studio.adder.data;

import java.util.Objects;
import studio.adder.util.Sha256;

/**
 * One loaded MNIST split (or a subset of one): images with their labels, and where they came from.
 *
 * @param sha256Images SHA-256 of the raw (uncompressed) image file
 * @param sha256Labels SHA-256 of the raw (uncompressed) label file
 * @param official     whether both hashes equal those of the official MNIST files
 */
public record MnistData(IdxImages images, IdxLabels labels, String sha256Images, String sha256Labels,
                        boolean official) {

    public MnistData {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(sha256Images, "sha256Images");
        Objects.requireNonNull(sha256Labels, "sha256Labels");
        if (images.count() != labels.count()) {
            throw new IllegalArgumentException(
                    images.count() + " images but " + labels.count() + " labels; they must pair up");
        }
    }

    /** Wraps images and labels built in memory, hashing their IDX encoding so they are labelled honestly. */
    public static MnistData of(IdxImages images, IdxLabels labels) {
        String imagesSha = Sha256.of(IdxWriter.toBytes(images));
        String labelsSha = Sha256.of(IdxWriter.toBytes(labels));
        boolean official = false;
        for (MnistSplit split : MnistSplit.values()) {
            official |= split.officialImagesSha256().equals(imagesSha)
                    && split.officialLabelsSha256().equals(labelsSha);
        }
        return new MnistData(images, labels, imagesSha, labelsSha, official);
    }

    /** Number of labelled images. */
    public int size() {
        return images.count();
    }

    /** Pixels per image (784 for MNIST). */
    public int imageSize() {
        return images.imageSize();
    }

    /** The digit shown by image {@code i}. */
    public int label(int i) {
        return labels.label(Objects.checkIndex(i, size()));
    }

    /**
     * Copies image {@code i} into {@code dst} starting at {@code offset}, scaled to 0..1 (pixel / 255), so callers
     * can fill one large batch buffer without allocating per image.
     */
    public void copyImage(int i, float[] dst, int offset) {
        Objects.checkIndex(i, size());
        int length = imageSize();
        Objects.checkFromIndexSize(offset, length, dst.length);
        byte[] pixels = images.pixels();
        int start = i * length;
        for (int k = 0; k < length; k++) {
            dst[offset + k] = (pixels[start + k] & 0xFF) / 255f;
        }
    }
}
