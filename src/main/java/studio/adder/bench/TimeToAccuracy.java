package studio.adder.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import studio.adder.data.MnistData;
import studio.adder.model.AdderNetwork;
import studio.adder.model.ArchitectureId;
import studio.adder.train.EpochResult;
import studio.adder.train.RunControl;
import studio.adder.train.RunInfo;
import studio.adder.train.RunListener;
import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingService;

/**
 * One training run to an accuracy target on the full test set, and the arithmetic it cost: the
 * multiply-accumulates of every training and test image up to the epoch that met the target.
 * Call it on the engine thread.
 */
public final class TimeToAccuracy {

    /** The targets the default recipe is held to: digit and sum accuracy on the full test set. */
    public static final double DIGIT_TARGET = 0.994;
    public static final double SUM_TARGET = 0.993;

    private TimeToAccuracy() {}

    /**
     * When (and whether) a run met the target and what its counted arithmetic was.
     *
     * @param targetEpoch the first epoch that met both targets, 0 when none did
     * @param secondsToTarget from the first batch to the end of that epoch's evaluation (or the last epoch's)
     * @param cpuSecondsToTarget this process's CPU time over the same span
     * @param teraFlops counted operations of the epochs up to then, training and test images
     */
    public record Run(int targetEpoch, double secondsToTarget, double cpuSecondsToTarget, double digitAccuracy,
            double sumAccuracy, List<Double> epochImagesPerSecond, List<Double> epochSeconds, double teraFlops) {

        /** Whether both heads reached their targets. */
        public boolean met() {
            return targetEpoch > 0;
        }
    }

    /**
     * Trains {@code config} until both heads reach their targets (it stops after that epoch) or
     * its epochs run out; checkpoints go to a temporary folder, deleted afterwards.
     *
     * @throws IllegalStateException when the run fails or diverges, with its message
     */
    public static Run measure(TrainingConfig config, MnistData train, MnistData test, MultiplyAccumulates arithmetic)
            throws IOException {
        Path folder = Files.createTempDirectory("adder-time-to-accuracy");
        try {
            RunControl control = new RunControl();
            TargetWatch watch = new TargetWatch(control, arithmetic);
            RunOutcome outcome = new TrainingService().train(RunRequest.of(config, train, test, folder, watch, control));
            if (outcome.status() == RunOutcome.Status.FAILED || outcome.status() == RunOutcome.Status.DIVERGED) {
                throw new IllegalStateException(outcome.message());
            }
            return watch.run();
        } finally {
            deleteTree(folder);
        }
    }

    /** The architecture's multiply-accumulates, counted on a freshly initialised network. */
    public static MultiplyAccumulates arithmetic(ArchitectureId architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block network = architecture.architecture().newNetwork();
            network.initialize(manager, DataType.FLOAT32, AdderNetwork.inputShapes(1));
            return MultiplyAccumulates.of(network);
        }
    }

    /** Notes every epoch and stops the run once both heads reach their targets. */
    private static final class TargetWatch implements RunListener {
        private final RunControl control;
        private final MultiplyAccumulates arithmetic;
        private final List<Double> rates = new ArrayList<>();
        private final List<Double> seconds = new ArrayList<>();
        private final long cpuStart = processCpuNanos();
        private RunInfo info;
        private EpochResult last;
        private int targetEpoch;
        private double cpuSeconds;

        TargetWatch(RunControl control, MultiplyAccumulates arithmetic) {
            this.control = control;
            this.arithmetic = arithmetic;
        }

        @Override
        public void onStart(RunInfo value) {
            info = value;
        }

        @Override
        public void onEpoch(EpochResult result) {
            last = result;
            rates.add(result.imagesPerSecond());
            seconds.add(result.elapsedSeconds());
            cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            if (targetEpoch == 0 && result.test().metrics().digitAccuracy() >= DIGIT_TARGET
                    && result.test().metrics().sumAccuracy() >= SUM_TARGET) {
                targetEpoch = result.epoch();
                control.requestStop();
            }
        }

        Run run() {
            if (last == null) {
                throw new IllegalStateException("The training run ended before its first epoch.");
            }
            double flops = last.epoch() * (arithmetic.trainingFlopsPerImage() * info.trainingImages()
                    + 2.0 * arithmetic.forwardPerImage() * info.testImages());
            return new Run(targetEpoch, last.elapsedSeconds(), cpuSeconds, last.test().metrics().digitAccuracy(),
                    last.test().metrics().sumAccuracy(), List.copyOf(rates), List.copyOf(seconds), flops / 1e12);
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
