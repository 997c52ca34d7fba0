package studio.adder.data;

import static studio.adder.data.Messages.REFETCH;
import static studio.adder.data.Messages.count;
import static studio.adder.data.Messages.fileName;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import studio.adder.util.AppHome;
import studio.adder.util.Sha256;

/**
 * A folder that holds (or should hold) the four MNIST files, raw or as {@code .gz}; it reports what is there and
 * loads splits with full verification.
 */
public final class MnistFolder {

    /** System property that names the MNIST folder; wins over everything else. */
    public static final String DIR_PROPERTY = "adder.mnist.dir";
    /** Environment variable that names the MNIST folder when the system property is not set. */
    public static final String DIR_ENVIRONMENT = "ADDER_MNIST_DIR";

    static final String HOW_TO_GET =
            "run `" + Messages.COMMAND + " fetch-mnist`, or copy the files there, or pass --data-dir";

    private final Path path;

    public MnistFolder(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    /**
     * The folder to use when none is given: system property {@code adder.mnist.dir}, else environment variable
     * {@code ADDER_MNIST_DIR}, else {@code <home>/mnist} where home is {@code adder.home} or {@code ~/.adder-studio}.
     */
    public static MnistFolder defaultFolder() {
        return new MnistFolder(resolveDefault(System::getProperty, System::getenv));
    }

    // Lookups are passed in so tests can check the order without touching the real environment.
    static Path resolveDefault(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String explicit = firstNonBlank(properties.apply(DIR_PROPERTY), environment.apply(DIR_ENVIRONMENT));
        if (explicit != null) {
            return Path.of(explicit);
        }
        return AppHome.resolve(properties).resolve("mnist");
    }

    public Path path() {
        return path;
    }

    /** What is present for each split, without reading or verifying any file. */
    public Status status() {
        return new Status(path, splitStatus(MnistSplit.TRAIN), splitStatus(MnistSplit.TEST));
    }

    /**
     * Loads and verifies one split. Each file may be raw or {@code .gz}. A file with the official number of items
     * must be byte-for-byte the official file; a file with any other count is accepted as a subset (such as the
     * slice committed for tests) and the result is marked {@code official = false}.
     */
    public MnistData load(MnistSplit split) {
        Path imagesFile = require(split.imagesFile());
        Path labelsFile = require(split.labelsFile());

        byte[] imageContent = IdxReader.readContent(imagesFile);
        IdxImages images = IdxReader.parseImages(imageContent, fileName(imagesFile));
        String imagesSha = Sha256.of(imageContent);
        imageContent = null; // up to 47 MB: let it go before the labels are read
        requireOfficialIfFullSize(split, images.count(), imagesSha, split.officialImagesSha256(), imagesFile);

        byte[] labelContent = IdxReader.readContent(labelsFile);
        IdxLabels labels = IdxReader.parseLabels(labelContent, fileName(labelsFile));
        String labelsSha = Sha256.of(labelContent);
        requireOfficialIfFullSize(split, labels.count(), labelsSha, split.officialLabelsSha256(), labelsFile);

        if (images.count() != labels.count()) {
            throw new MnistDataException(fileName(imagesFile) + " has " + count(images.count()) + " images but "
                    + fileName(labelsFile) + " has " + count(labels.count())
                    + " labels; both files must come from the same download.");
        }
        boolean official = imagesSha.equals(split.officialImagesSha256())
                && labelsSha.equals(split.officialLabelsSha256());
        return new MnistData(images, labels, imagesSha, labelsSha, official);
    }

    /** Where {@code fileName} is in this folder, preferring the raw file over a {@code .gz} copy. */
    public Optional<Path> locate(String fileName) {
        Path raw = path.resolve(fileName);
        if (Files.isRegularFile(raw)) {
            return Optional.of(raw);
        }
        Path gz = path.resolve(fileName + ".gz");
        return Files.isRegularFile(gz) ? Optional.of(gz) : Optional.empty();
    }

    /** Whether {@code fileName} is present raw, present as {@code .gz}, or missing. */
    public FileState stateOf(String fileName) {
        return locate(fileName)
                .map(found -> fileName(found).endsWith(".gz") ? FileState.GZIP : FileState.RAW)
                .orElse(FileState.MISSING);
    }

    @Override
    public String toString() {
        return path.toString();
    }

    private SplitStatus splitStatus(MnistSplit split) {
        return new SplitStatus(split, stateOf(split.imagesFile()), stateOf(split.labelsFile()));
    }

    private Path require(String fileName) {
        return locate(fileName).orElseThrow(() -> new MnistDataException(fileName + " (or " + fileName
                + ".gz) is missing from " + path + ". To get MNIST, " + HOW_TO_GET + "."));
    }

    private static void requireOfficialIfFullSize(MnistSplit split, int count, String actualSha,
                                                  String officialSha, Path file) {
        if (count == split.officialCount() && !actualSha.equals(officialSha)) {
            throw new MnistDataException(fileName(file) + " does not match the official MNIST file (SHA-256 "
                    + actualSha + ", expected " + officialSha + "). " + REFETCH);
        }
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second != null && !second.isBlank() ? second.strip() : null;
    }

    /** How one MNIST file is present in the folder. */
    public enum FileState {
        RAW, GZIP, MISSING;

        public boolean present() {
            return this != MISSING;
        }
    }

    /** Presence of the two files of one split. */
    public record SplitStatus(MnistSplit split, FileState images, FileState labels) {

        public boolean complete() {
            return images.present() && labels.present();
        }
    }

    /** A snapshot of which MNIST files a folder holds, with a sentence telling the user what to do next. */
    public record Status(Path folder, SplitStatus train, SplitStatus test) {

        public boolean hasTrain() {
            return train.complete();
        }

        public boolean hasTest() {
            return test.complete();
        }

        public boolean complete() {
            return hasTrain() && hasTest();
        }

        /** Names of the files that are neither raw nor {@code .gz} in the folder. */
        public List<String> missingFiles() {
            List<String> missing = new ArrayList<>();
            for (SplitStatus split : List.of(train, test)) {
                if (!split.images().present()) {
                    missing.add(split.split().imagesFile());
                }
                if (!split.labels().present()) {
                    missing.add(split.split().labelsFile());
                }
            }
            return missing;
        }

        /** Sentences for the user: either that MNIST is ready, or exactly what is missing and how to fix it. */
        public String describe() {
            if (complete()) {
                return "MNIST is ready in " + folder + " (training and test sets).";
            }
            return "MNIST is incomplete in " + folder + ": missing " + String.join(", ", missingFiles())
                    + ". The folder needs " + MnistSplit.TRAIN.imagesFile() + ", " + MnistSplit.TRAIN.labelsFile()
                    + ", " + MnistSplit.TEST.imagesFile() + " and " + MnistSplit.TEST.labelsFile()
                    + " (raw or .gz). To get them, " + HOW_TO_GET + ".";
        }
    }
}
