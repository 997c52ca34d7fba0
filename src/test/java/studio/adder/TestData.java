package studio.adder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.adder.data.IdxReader;
import studio.adder.data.MnistData;
import studio.adder.model.Architectures;
import studio.adder.predict.AdderInput;
import studio.adder.train.RunControl;
import studio.adder.train.RunOutcome;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingListener;
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
    public static Path trainTinyModel(String architecture, Path folder) {
        TrainingConfig config = TrainingConfig.defaultsFor(Architectures.byId(architecture))
                .withEpochs(1).withTrainingLimit(256);
        RunOutcome outcome = new TrainingService().train(config, train(), test(), folder,
                new TrainingListener() {}, new RunControl());
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

    private static MnistData load(String prefix) {
        return MnistData.of(
                IdxReader.readImages(SLICE.resolve(prefix + "-images-idx3-ubyte.gz")),
                IdxReader.readLabels(SLICE.resolve(prefix + "-labels-idx1-ubyte.gz")));
    }
}
