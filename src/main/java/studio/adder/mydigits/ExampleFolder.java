package studio.adder.mydigits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import studio.adder.data.IdxImages;
import studio.adder.data.IdxLabels;
import studio.adder.data.MnistData;
import studio.adder.preprocess.ImageReadException;

/**
 * Reads a labelled folder in the layout DJL's and PyTorch's {@code ImageFolder} read: one subfolder
 * per digit named {@code 0} to {@code 9}, pictures inside. Pictures of any size are accepted (28x28
 * ones are taken as model inputs, others are prepared like a drawing); other files and hidden
 * entries are ignored, as those readers do. Bad folders get a sentence, never a stack trace.
 */
public final class ExampleFolder {

    /** Picture file endings read, lower case. */
    public static final Set<String> PICTURE_ENDINGS = Set.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    private ExampleFolder() {}

    /**
     * The picture files of each digit, in name order (index = digit).
     *
     * @throws ExampleFolderException when the folder is missing, has no digit folders or no pictures
     */
    public static List<List<Path>> scan(Path root) {
        if (!Files.exists(root)) {
            throw new ExampleFolderException("The examples folder " + root + " does not exist.");
        }
        if (!Files.isDirectory(root)) {
            throw new ExampleFolderException(root + " is a file. Choose the folder that holds one subfolder"
                    + " per digit (0 to 9).");
        }
        List<List<Path>> files = new ArrayList<>();
        boolean anyDigitFolder = false;
        int pictures = 0;
        for (int digit = 0; digit < 10; digit++) {
            Path folder = root.resolve(Integer.toString(digit));
            anyDigitFolder |= Files.isDirectory(folder);
            List<Path> found = Files.isDirectory(folder) ? pictures(folder) : List.of();
            pictures += found.size();
            files.add(found);
        }
        if (!anyDigitFolder) {
            throw new ExampleFolderException(root + " has no digit folders. Put each example in a subfolder"
                    + " named after its digit, such as " + root.resolve("7").resolve("my-seven.png") + "."
                    + otherFolders(root));
        }
        if (pictures == 0) {
            throw new ExampleFolderException("The digit folders in " + root
                    + " hold no pictures (PNG, JPEG, BMP or GIF).");
        }
        return files;
    }

    /**
     * Reads every example as a model input, labelled with its folder's digit.
     *
     * @throws ExampleFolderException for a bad folder or any picture that cannot be used
     */
    public static ExampleSet read(Path root) {
        List<List<Path>> files = scan(root);
        int total = files.stream().mapToInt(List::size).sum();
        int side = ExampleImages.SIDE;
        byte[] pixels = new byte[total * side * side];
        byte[] labels = new byte[total];
        int[] perDigit = new int[10];
        int next = 0;
        for (int digit = 0; digit < 10; digit++) {
            for (Path file : files.get(digit)) {
                float[] input = readOrExplain(file);
                for (int i = 0; i < input.length; i++) {
                    pixels[next * side * side + i] = (byte) Math.round(Math.max(0f, Math.min(1f, input[i])) * 255f);
                }
                labels[next++] = (byte) digit;
                perDigit[digit]++;
            }
        }
        MnistData data = MnistData.of(new IdxImages(total, side, side, pixels), new IdxLabels(total, labels));
        return new ExampleSet(root, data, perDigit);
    }

    private static float[] readOrExplain(Path file) {
        try {
            return ExampleImages.readInput(file);
        } catch (ImageReadException e) {
            throw new ExampleFolderException(e.getMessage() + ". Remove or replace it and try again.", e);
        }
    }

    /** The pictures directly inside {@code folder}, by name; hidden files and other kinds are skipped. */
    static List<Path> pictures(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(ExampleFolder::isPicture).sorted().toList();
        } catch (IOException e) {
            throw new ExampleFolderException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static boolean isPicture(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && PICTURE_ENDINGS.contains(name.substring(dot));
    }

    private static String otherFolders(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            List<String> names = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().limit(5).toList();
            return names.isEmpty() ? "" : " Its subfolders (" + String.join(", ", names) + ") are not digits 0-9.";
        } catch (IOException e) {
            return "";
        }
    }
}
