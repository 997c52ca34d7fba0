package studio.adder.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.model.ModelLoadException;
import studio.adder.predict.ModelSummary;
import studio.adder.predict.Predictions;
import studio.adder.predict.TimedPrediction;

/**
 * A model in plain Java for view-model tests that need no natives: each model is a name, and it
 * reads the digit as (inked pixels + the model's offset) mod 10, so two models answer one drawing
 * differently. Folders whose name starts with "broken" fail to load, as a damaged model would.
 */
public final class StandInPredictions implements Predictions {

    private final List<Path> loads = new ArrayList<>();
    private ModelSummary active;
    private int predictCalls;

    @Override
    public String engineSummary() {
        return "Stand-in engine on the test thread";
    }

    @Override
    public ModelSummary useShipped() {
        return activate(null, true);
    }

    @Override
    public ModelSummary use(Path folderOrArchive) {
        if (folderOrArchive.getFileName().toString().startsWith("broken")) {
            throw new ModelLoadException(folderOrArchive + " is not a model folder (no model card).");
        }
        return activate(folderOrArchive, false);
    }

    @Override
    public Optional<ModelSummary> activeModel() {
        return Optional.ofNullable(active);
    }

    @Override
    public TimedPrediction predict(float[] mnistPixels, int number) {
        if (active == null) {
            throw new IllegalStateException("No model is loaded yet.");
        }
        predictCalls++;
        int ink = 0;
        for (float pixel : mnistPixels) {
            ink += pixel > 0.5f ? 1 : 0;
        }
        int digit = (ink + offset(active)) % 10;
        return new TimedPrediction(new AdderPrediction(oneHot(digit, 10), oneHot(digit + number, 19)),
                new AdderInput(mnistPixels, number), 0.1);
    }

    /** Every folder or archive asked to load, in order; the shipped model is null. */
    public List<Path> loads() {
        return loads;
    }

    /** How many predictions were asked for. */
    public int predictCalls() {
        return predictCalls;
    }

    /** The digit {@code model} reads for a drawing with {@code ink} inked pixels. */
    public static int digitFor(ModelSummary model, int ink) {
        return (ink + offset(model)) % 10;
    }

    private ModelSummary activate(Path source, boolean shipped) {
        loads.add(source);
        String name = shipped ? "shipped" : source.getFileName().toString();
        active = new ModelSummary(name, "compact", "stand-in", 0.99, 0.98, 1, "2026-12-03", source, shipped);
        return active;
    }

    private static int offset(ModelSummary model) {
        return Math.floorMod(model.name().hashCode(), 10);
    }

    private static float[] oneHot(int index, int size) {
        float[] values = new float[size];
        values[index] = 1;
        return values;
    }
}
