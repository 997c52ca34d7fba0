package studio.adder.data;

import java.util.List;

/**
 * The two official MNIST splits, with their file names, sizes and the SHA-256 of their raw (uncompressed) files.
 */
public enum MnistSplit {

    TRAIN("training set", "train-images-idx3-ubyte", "train-labels-idx1-ubyte", 60_000,
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),

    TEST("test set", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", 10_000,
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    private final String description;
    private final String imagesFile;
    private final String labelsFile;
    private final int officialCount;
    private final String officialImagesSha256;
    private final String officialLabelsSha256;

    MnistSplit(String description, String imagesFile, String labelsFile, int officialCount,
               String officialImagesSha256, String officialLabelsSha256) {
        this.description = description;
        this.imagesFile = imagesFile;
        this.labelsFile = labelsFile;
        this.officialCount = officialCount;
        this.officialImagesSha256 = officialImagesSha256;
        this.officialLabelsSha256 = officialLabelsSha256;
    }

    /** Human name, such as "training set". */
    public String description() {
        return description;
    }

    public String imagesFile() {
        return imagesFile;
    }

    public String labelsFile() {
        return labelsFile;
    }

    /** The images file, then the labels file. */
    public List<String> fileNames() {
        return List.of(imagesFile, labelsFile);
    }

    public int officialCount() {
        return officialCount;
    }

    public String officialImagesSha256() {
        return officialImagesSha256;
    }

    public String officialLabelsSha256() {
        return officialLabelsSha256;
    }

    /** The official SHA-256 of the raw file called {@code fileName}, which must be one of this split's files. */
    public String officialSha256(String fileName) {
        if (fileName.equals(imagesFile)) {
            return officialImagesSha256;
        }
        if (fileName.equals(labelsFile)) {
            return officialLabelsSha256;
        }
        throw new IllegalArgumentException(fileName + " is not a file of the MNIST " + description);
    }

    /** Size in bytes of the official raw file called {@code fileName}, which must be one of this split's files. */
    public long officialSize(String fileName) {
        if (fileName.equals(imagesFile)) {
            return IdxReader.IMAGES_HEADER_BYTES + (long) officialCount * IdxReader.MNIST_SIDE * IdxReader.MNIST_SIDE;
        }
        if (fileName.equals(labelsFile)) {
            return IdxReader.LABELS_HEADER_BYTES + (long) officialCount;
        }
        throw new IllegalArgumentException(fileName + " is not a file of the MNIST " + description);
    }
}
