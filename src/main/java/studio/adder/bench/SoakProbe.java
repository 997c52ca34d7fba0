package studio.adder.bench;

import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import studio.adder.train.TrainingRun;

/**
 * A DJL training listener, plugged in through {@link TrainingRun#addEngineListeners}, that
 * measures after every epoch what a long run would leak: the process's resident memory and the
 * native arrays alive in the model's manager (and its sub-managers).
 */
public final class SoakProbe extends TrainingListenerAdapter {

    /**
     * One epoch's measurement.
     *
     * @param epoch 1-based epoch
     * @param residentKiB resident set size ({@code VmRSS} of {@code /proc/self/status}), or -1 where unknown
     * @param liveNdArrays native arrays alive in the model's manager after the epoch
     * @param heapUsedKiB Java heap in use after a full collection
     */
    public record Sample(int epoch, long residentKiB, int liveNdArrays, long heapUsedKiB) {}

    private final Consumer<Sample> sink;
    private int epoch;

    /** Hands each epoch's sample to {@code sink}, on the engine thread. */
    public SoakProbe(Consumer<Sample> sink) {
        this.sink = sink;
    }

    @Override
    public void onEpoch(Trainer trainer) {
        epoch++;
        // A full collection first, so heap and resident figures show what is kept, not garbage
        // waiting for the next young collection (G1 also returns free heap to the system here).
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        sink.accept(new Sample(epoch, residentKiB(),
                trainer.getModel().getNDManager().getManagedArrays().size(),
                (runtime.totalMemory() - runtime.freeMemory()) / 1024));
    }

    /** The process's resident memory from {@code /proc/self/status}, or -1 off Linux. */
    public static long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or an unexpected format: unknown.
        }
        return -1;
    }
}
