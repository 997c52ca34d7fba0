package studio.adder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import studio.adder.client.AdderInput;
import studio.adder.data.IdxReader;
import studio.adder.data.MnistData;
import studio.adder.model.ArchitectureId;
import studio.adder.train.RunControl;
import studio.adder.train.RunListener;
import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingService;

/** The committed MNIST slice (first 1,000 test and 2,000 training images), loaded once, and helpers over it. */
public final class TestData {

    /** Folder of the slice, usable as a data folder. */
    public static final Path SLICE = Path.of("src/test/resources/mnist-slice");

    private static MnistData test;
    private static MnistData train;

    private TestData() {}

    /** The first 1,000 MNIST test images. */
    public static synchronized MnistData test() {
        if (test == null) {
            test = load("t10k");
        }
        return test;
    }

    /** The first 2,000 MNIST training images. */
    public static synchronized MnistData train() {
        if (train == null) {
            train = load("train");
        }
        return train;
    }

    /**
     * Trains a model of {@code architecture} for one epoch on 256 slice images into {@code folder}
     * (a few seconds) and checks that the run completed.
     */
    public static Path trainTinyModel(ArchitectureId architecture, Path folder) {
        TrainingConfig config = TrainingConfig.defaultsFor(architecture)
                .withEpochs(1).withTrainingLimit(256);
        RunOutcome outcome = new TrainingService().train(RunRequest.of(config, train(), test(), folder,
                new RunListener() {}, new RunControl()));
        assertEquals(RunOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        return folder;
    }

    /** The first {@code count} test images as model inputs, each with a number spread over 0-9. */
    public static List<AdderInput> inputs(int count) {
        List<AdderInput> inputs = new ArrayList<>();
        float[] pixels = new float[784];
        for (int i = 0; i < count; i++) {
            test().copyImage(i, pixels, 0);
            inputs.add(new AdderInput(pixels, (i * 7) % 10));
        }
        return inputs;
    }

    /**
     * Writes MNIST test image {@code index} as a user's picture would be: {@code size} pixels square,
     * dark ink on light paper or light on dark, as PNG, JPEG or BMP after the file's ending.
     */
    public static Path writeDigit(int index, Path file, int size, boolean darkInk) throws IOException {
        float[] pixels = new float[784];
        test().copyImage(index, pixels, 0);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                float ink = pixels[y * 28 + x];
                float value = darkInk ? 1 - ink : ink;
                g.setColor(new Color(value, value, value));
                g.fillRect(x * size / 28, y * size / 28, size / 28 + 1, size / 28 + 1);
            }
        }
        g.dispose();
        String name = file.getFileName().toString();
        String format = name.endsWith(".bmp") ? "bmp" : name.endsWith(".jpg") ? "jpg" : "png";
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("No " + format + " writer");
        }
        return file;
    }

    private static MnistData load(String prefix) {
        return MnistData.of(
                IdxReader.readImages(SLICE.resolve(prefix + "-images-idx3-ubyte.gz")),
                IdxReader.readLabels(SLICE.resolve(prefix + "-labels-idx1-ubyte.gz")));
    }
}
