package studio.adder.predict;

import java.nio.file.Path;
import java.util.Optional;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.engine.ComputeThreads;
import studio.adder.engine.EngineSetup;
import studio.adder.model.AdderNetwork;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;
import studio.adder.model.ModelLoadException;

/**
 * Holds the active model and answers predictions with it. Synchronous and single-threaded by
 * design: the app calls it only from the engine thread; tests call it from theirs.
 */
public final class PredictionService implements Predictions, AutoCloseable {

    private final EngineSetup.EngineInfo engine;
    private DigitPredictor active;
    private boolean activeIsShipped;

    /** A service with no model yet; starts the engine if needed. */
    public PredictionService() {
        this.engine = EngineSetup.start();
    }

    /** The engine, device and threads in one line. */
    @Override
    public String engineSummary() {
        return engine.summary();
    }

    /** The folder the engine's native libraries were loaded from. */
    public String nativesFolder() {
        return engine.nativesFolder();
    }

    /** Loads the shipped pretrained model and makes it active. */
    @Override
    public ModelSummary useShipped() {
        return activate(ModelLibrary.load(null, engine.device()), true);
    }

    /**
     * Loads a model folder or archive and makes it active. When loading fails the previous model
     * stays active and the {@link studio.adder.model.ModelLoadException} says why.
     */
    @Override
    public ModelSummary use(Path folderOrArchive) {
        return activate(ModelLibrary.load(folderOrArchive, engine.device()), false);
    }

    private ModelSummary activate(LoadedModel loaded, boolean shipped) {
        DigitPredictor previous = active;
        DigitPredictor next = null;
        try {
            next = new DigitPredictor(loaded);
            // The first call through a fresh model builds MKL-DNN kernels and JIT-compiles the
            // translator (tens of milliseconds); pay that now, not on the user's first stroke, and
            // on the thread count predictions use, since the kernels are built for it.
            try (ComputeThreads oneThread = ComputeThreads.singleThreaded()) {
                next.predict(new AdderInput(new float[AdderNetwork.SIDE * AdderNetwork.SIDE], 0));
            }
        } catch (RuntimeException e) {
            // A model that cannot answer never becomes active; free its predictor and native memory.
            if (next != null) {
                next.close();
            }
            loaded.close();
            throw new ModelLoadException(loaded.source() + " loaded but could not answer a first prediction: "
                    + e.getMessage(), e);
        }
        active = next;
        activeIsShipped = shipped;
        if (previous != null) {
            previous.close();
            previous.model().close();
        }
        return ModelSummary.of(loaded, shipped);
    }

    /** The active model, if any. */
    @Override
    public Optional<ModelSummary> activeModel() {
        return Optional.ofNullable(active).map(p -> ModelSummary.of(p.model(), activeIsShipped));
    }

    /** The active model itself, for engine-thread work that looks inside it (the Inside tab, {@code explain}). */
    public Optional<LoadedModel> activeLoadedModel() {
        return Optional.ofNullable(active).map(DigitPredictor::model);
    }

    /**
     * Predicts a prepared 28x28 image (0..1, white on black) plus a number with the active model.
     *
     * @throws IllegalStateException when no model is active
     */
    @Override
    public TimedPrediction predict(float[] mnistPixels, int number) {
        if (active == null) {
            throw new IllegalStateException("No model is loaded yet.");
        }
        AdderInput input = new AdderInput(mnistPixels, number);
        long start = System.nanoTime();
        AdderPrediction prediction;
        // One image is too little work to share: a second OpenMP thread only adds a barrier that
        // waits whenever the other core is busy (ComputeThreads says how much).
        try (ComputeThreads oneThread = ComputeThreads.singleThreaded()) {
            prediction = active.predict(input);
        }
        return new TimedPrediction(prediction, input, (System.nanoTime() - start) / 1e6);
    }

    @Override
    public void close() {
        if (active != null) {
            active.close();
            active.model().close();
            active = null;
        }
    }
}
