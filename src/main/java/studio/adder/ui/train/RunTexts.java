package studio.adder.ui.train;

import java.util.Locale;
import studio.adder.train.BatchProgress;
import studio.adder.train.EpochResult;
import studio.adder.train.ExamplesEvaluation;
import studio.adder.train.HeadMetrics;
import studio.adder.train.RunInfo;

/** Short human texts for the progress bar area. */
final class RunTexts {

    private RunTexts() {}

    static String position(BatchProgress p) {
        return String.format(Locale.ROOT, "Epoch %d of %d · batch %d of %d", p.epoch(), p.epochs(), p.batch(),
                p.batchesPerEpoch());
    }

    static String throughput(double imagesPerSecond) {
        return String.format(Locale.ROOT, "%,.0f images/s", imagesPerSecond);
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "–";
        }
        long total = Math.round(seconds);
        return total >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
                : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }

    static String epochSummary(EpochResult result) {
        HeadMetrics test = result.test().metrics();
        return String.format(Locale.ROOT, "Epoch %d of %d: test digit accuracy %.2f%%, sum accuracy %.2f%% "
                + "(%d images). Checkpoint saved.", result.epoch(), result.epochs(), 100 * test.digitAccuracy(),
                100 * test.sumAccuracy(), result.test().evaluated());
    }

    static String started(RunInfo info) {
        return String.format("Training on %,d images, testing on %,d.", info.trainingImages(), info.testImages());
    }

    /** The latest score on the user's examples as a sentence to append, or empty when there is none. */
    static String examples(ExamplesEvaluation latest) {
        return latest == null ? "" : String.format(Locale.ROOT, " Your %d examples: digit %.1f%%, sum %.1f%%.",
                latest.evaluated(), 100 * latest.metrics().digitAccuracy(), 100 * latest.metrics().sumAccuracy());
    }
}
