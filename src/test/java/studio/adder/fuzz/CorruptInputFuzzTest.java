package studio.adder.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.data.IdxReader;
import studio.adder.data.MnistDataException;
import studio.adder.engine.EngineAssumptions;
import studio.adder.export.ModelExporter;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelArchives;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ModelFolder;
import studio.adder.model.ModelLibrary;
import studio.adder.model.ModelLoadException;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.ImageReadException;

/**
 * Seeded fuzzing of every reader of user files: a few hundred randomly corrupted IDX files, model
 * cards, parameter files, archives and images. Each must load or end in the project's own typed
 * error with a message, never another exception; a failure names the seed and case to replay.
 */
class CorruptInputFuzzTest {

    private static final long SEED = 9;

    /** How one reader is called on one corrupted file. */
    @FunctionalInterface
    private interface Reader {
        void read(Path file) throws Exception;
    }

    @Test
    void idxFilesRawAndGzipped(@TempDir Path temp) throws IOException {
        byte[] gz = Files.readAllBytes(TestData.SLICE.resolve("t10k-labels-idx1-ubyte.gz"));
        byte[] raw = IdxReader.readContent(TestData.SLICE.resolve("t10k-labels-idx1-ubyte.gz"));
        byte[] images = Arrays.copyOf(IdxReader.readContent(TestData.SLICE.resolve("t10k-images-idx3-ubyte.gz")),
                16 + 784 * 20);
        List<String> failures = new ArrayList<>();
        fuzz(temp, "labels.gz", gz, 60, 1, IdxReader::readLabels, MnistDataException.class, failures);
        fuzz(temp, "labels", raw, 60, 2, IdxReader::readLabels, MnistDataException.class, failures);
        fuzz(temp, "images", images, 60, 3, IdxReader::readImages, MnistDataException.class, failures);
        assertEquals(List.of(), failures);
    }

    @Test
    void modelCards(@TempDir Path temp) throws IOException {
        byte[] card = Files.readAllBytes(ModelLibrary.shippedModelFolder().resolve(ModelCard.FILE_NAME));
        List<String> failures = new ArrayList<>();
        fuzz(temp, "model.json", card, 100, 4,
                file -> ModelCards.fromJson(Files.readString(file, StandardCharsets.ISO_8859_1), file.toString()),
                ModelLoadException.class, failures);
        assertEquals(List.of(), failures);
    }

    @Test
    void imagesOfEveryFormat(@TempDir Path temp) throws IOException {
        List<String> failures = new ArrayList<>();
        int round = 10;
        for (String format : new String[] {"png", "jpg", "bmp", "gif"}) {
            fuzz(temp, "digit." + format, picture(format), 30, round++, GrayImage::read, ImageReadException.class,
                    failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void parameterFilesAndArchives(@TempDir Path temp) throws IOException {
        EngineAssumptions.assumeEngineRuns();
        Path shipped = ModelLibrary.shippedModelFolder();
        ModelCard card = ModelCards.read(shipped);
        byte[] params = Files.readAllBytes(shipped.resolve(card.paramsFile()));
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.copy(shipped.resolve(ModelCard.FILE_NAME), folder.resolve(ModelCard.FILE_NAME));
        List<String> failures = new ArrayList<>();
        fuzz(folder, card.paramsFile(), params, 40, 20, file -> load(() -> ModelFolder.load(folder, Device.cpu())),
                ModelLoadException.class, failures);
        byte[] archive = Files.readAllBytes(ModelExporter.export(shipped, temp.resolve("shipped.zip")));
        fuzz(temp, "model.zip", archive, 40, 21, file -> load(() -> ModelArchives.load(file, Device.cpu())),
                ModelLoadException.class, failures);
        assertEquals(List.of(), failures);
    }

    /** Feeds {@code count} corruptions of {@code original} to {@code reader}; records any wrong ending. */
    private static void fuzz(Path folder, String name, byte[] original, int count, int round, Reader reader,
            Class<? extends RuntimeException> expected, List<String> failures) throws IOException {
        Random random = new Random(SEED * 1000 + round);
        Path file = folder.resolve(name);
        int refused = 0;
        for (int i = 0; i < count; i++) {
            byte[] corrupted = corrupt(original, random);
            Files.write(file, corrupted);
            try {
                reader.read(file);
            } catch (Exception e) {
                boolean typed = expected.isInstance(e);
                boolean said = e.getMessage() != null && !e.getMessage().isBlank();
                refused += typed && said ? 1 : 0;
                if (!typed || !said) {
                    failures.add(name + " case " + i + " (seed " + SEED + ", round " + round + "): " + e);
                }
            } catch (Error e) {
                failures.add(name + " case " + i + " (seed " + SEED + ", round " + round + "): " + e);
            }
        }
        if (refused < count / 4) {
            failures.add(name + ": only " + refused + " of " + count + " corruptions were refused; the fuzzing missed");
        }
    }

    /** One of: flipped bytes, a truncation, a run of random bytes, a zeroed or maxed header field. */
    private static byte[] corrupt(byte[] original, Random random) {
        byte[] bytes = original.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2 -> {
                int at = random.nextInt(bytes.length);
                for (int n = 0; n < 64 && at + n < bytes.length; n++) {
                    bytes[at + n] = (byte) random.nextInt(256);
                }
            }
            case 3 -> Arrays.fill(bytes, 0, Math.min(bytes.length, 4 + random.nextInt(32)), (byte) 0);
            default -> Arrays.fill(bytes, random.nextInt(Math.min(bytes.length, 64)),
                    Math.min(bytes.length, 64), (byte) 0xff);
        }
        return bytes;
    }

    private static void load(Supplier<LoadedModel> loader) {
        try (LoadedModel loaded = loader.get()) {
            // Loaded: the corruption did not matter (a changed weight is still a weight).
        }
    }

    private static byte[] picture(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.BLACK);
        g.fillRect(28, 8, 8, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
