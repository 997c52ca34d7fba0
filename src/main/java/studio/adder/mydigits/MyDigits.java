package studio.adder.mydigits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.ImageReadException;
import studio.adder.util.AppHome;
import studio.adder.util.AtomicFiles;

/**
 * The user's own examples of digits. The 28x28 inputs live in {@code <root>/<digit>/<time>.png}, the
 * layout DJL's and PyTorch's {@code ImageFolder} read, so the root can be handed to either as it is.
 * The drawings at canvas size live in a sibling tree, {@code <root>-originals/<digit>/<time>.png}:
 * inside the root they would be read as more examples (PyTorch walks subfolders and takes any
 * folder as a class). Every write is atomic; a digit folder exists only while it holds examples,
 * because PyTorch's reader refuses empty class folders.
 */
public final class MyDigits {

    private static final DateTimeFormatter NAMES = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;
    private final Path originals;
    private final Clock clock;

    /** The store under {@code root}; its originals go to the sibling {@code <root>-originals}. */
    public MyDigits(Path root) {
        this(root, Clock.systemDefaultZone());
    }

    MyDigits(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.originals = this.root.resolveSibling(this.root.getFileName() + "-originals");
        this.clock = clock;
    }

    /** The user's store: {@code <home>/my-digits}, home being {@code adder.home} or {@code ~/.adder-studio}. */
    public static MyDigits forUser() {
        return new MyDigits(AppHome.folder().resolve("my-digits"));
    }

    /** The folder of 28x28 inputs, in ImageFolder layout. */
    public Path root() {
        return root;
    }

    /** The folder of canvas-size originals, same layout. */
    public Path originalsRoot() {
        return originals;
    }

    /**
     * Keeps a drawing as an example of {@code digit}.
     *
     * @param input the 28x28 model input (784 values, 0..1, white on black)
     * @param original the drawing at canvas size, or null
     */
    public Example keep(int digit, float[] input, GrayImage original) throws IOException {
        checkDigit(digit);
        Path folder = Files.createDirectories(root.resolve(Integer.toString(digit)));
        String name = freeName(folder, LocalDateTime.now(clock).format(NAMES));
        Path inputFile = folder.resolve(name);
        ExampleImages.writeInput(inputFile, input);
        Path originalFile = null;
        if (original != null) {
            originalFile = Files.createDirectories(originals.resolve(Integer.toString(digit))).resolve(name);
            ExampleImages.writePng(originalFile, original.width(), original.height(), original.pixels());
        }
        return new Example(digit, inputFile, originalFile);
    }

    /** The examples of one digit, oldest first (names are times). */
    public List<Example> list(int digit) {
        checkDigit(digit);
        Path folder = root.resolve(Integer.toString(digit));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Example> examples = new ArrayList<>();
        for (Path input : ExampleFolder.pictures(folder)) {
            Path original = originals.resolve(Integer.toString(digit)).resolve(input.getFileName());
            examples.add(new Example(digit, input, Files.isRegularFile(original) ? original : null));
        }
        return examples;
    }

    /** How many examples each digit has (index = digit). */
    public int[] counts() {
        int[] counts = new int[10];
        for (int digit = 0; digit < 10; digit++) {
            counts[digit] = list(digit).size();
        }
        return counts;
    }

    /** The total number of examples. */
    public int size() {
        int total = 0;
        for (int count : counts()) {
            total += count;
        }
        return total;
    }

    /** Deletes an example and its original. */
    public void delete(Example example) throws IOException {
        Files.deleteIfExists(example.input());
        if (example.original() != null) {
            Files.deleteIfExists(example.original());
        }
        removeIfEmpty(example.input().getParent());
        if (example.original() != null) {
            removeIfEmpty(example.original().getParent());
        }
    }

    /** Files an example under another digit (a correction of a correction); returns where it went. */
    public Example move(Example example, int digit) throws IOException {
        checkDigit(digit);
        if (digit == example.digit()) {
            return example;
        }
        Path folder = Files.createDirectories(root.resolve(Integer.toString(digit)));
        String name = freeName(folder, stem(example.name()));
        Path input = folder.resolve(name);
        AtomicFiles.move(example.input(), input);
        Path original = null;
        if (example.original() != null && Files.exists(example.original())) {
            original = Files.createDirectories(originals.resolve(Integer.toString(digit))).resolve(name);
            AtomicFiles.move(example.original(), original);
            removeIfEmpty(example.original().getParent());
        }
        removeIfEmpty(example.input().getParent());
        return new Example(digit, input, original);
    }

    /**
     * Adds every picture of a labelled folder (same layout) as examples; 28x28 pictures are kept as
     * they are, larger ones are prepared like a drawing and kept as originals too. Pictures that
     * cannot be used are skipped and named in the report.
     *
     * @throws ExampleFolderException when the folder itself cannot be used
     */
    public ImportReport importFrom(Path folder) throws IOException {
        Path source = folder.toAbsolutePath().normalize();
        if (source.equals(root)) {
            throw new ExampleFolderException(folder + " is the my-digits folder itself; choose another folder.");
        }
        List<List<Path>> files = ExampleFolder.scan(source);
        int[] added = new int[10];
        List<String> skipped = new ArrayList<>();
        for (int digit = 0; digit < 10; digit++) {
            for (Path file : files.get(digit)) {
                try {
                    importOne(digit, file);
                    added[digit]++;
                } catch (ImageReadException e) {
                    skipped.add(e.getMessage());
                }
            }
        }
        return new ImportReport(added, skipped);
    }

    private void importOne(int digit, Path file) throws IOException {
        float[] input = ExampleImages.readInput(file);
        GrayImage picture = GrayImage.read(file);
        boolean alreadyInput = picture.width() == ExampleImages.SIDE && picture.height() == ExampleImages.SIDE;
        Path folder = Files.createDirectories(root.resolve(Integer.toString(digit)));
        String name = freeName(folder, stem(file.getFileName().toString()));
        ExampleImages.writeInput(folder.resolve(name), input);
        if (!alreadyInput) {
            Path original = Files.createDirectories(originals.resolve(Integer.toString(digit))).resolve(name);
            ExampleImages.writePng(original, picture.width(), picture.height(), picture.pixels());
        }
    }

    /**
     * Copies every 28x28 input into {@code folder} in the same layout (a subfolder per digit that
     * has examples), so another user can import them or a training script can read them.
     *
     * @return how many examples were written
     */
    public int exportTo(Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        if (target.startsWith(root) || target.startsWith(originals)) {
            throw new ExampleFolderException("Choose a folder outside " + root + " to export to.");
        }
        int written = 0;
        for (int digit = 0; digit < 10; digit++) {
            List<Example> examples = list(digit);
            if (examples.isEmpty()) {
                continue;
            }
            Path digitFolder = Files.createDirectories(target.resolve(Integer.toString(digit)));
            for (Example example : examples) {
                Path destination = digitFolder.resolve(example.name());
                AtomicFiles.write(destination, out -> Files.copy(example.input(), out));
                written++;
            }
        }
        return written;
    }

    /** Everything in the store as training or evaluation data. */
    public ExampleSet load() {
        return ExampleFolder.read(root);
    }

    private static String freeName(Path folder, String stem) {
        String name = stem + ".png";
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = stem + "-" + n + ".png";
        }
        return name;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        // Names travel between systems: keep them to plain characters.
        return stem.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void removeIfEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        } catch (NoSuchFileException gone) {
            // Already removed.
        }
    }

    private static void checkDigit(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("A digit is 0 to 9, not " + digit);
        }
    }

    @Override
    public String toString() {
        return Objects.toString(root);
    }
}
