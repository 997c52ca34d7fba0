package studio.adder.ui.train;

import java.util.Locale;
import studio.adder.train.BatchProgress;
import studio.adder.train.EpochResult;
import studio.adder.train.HeadMetrics;

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
}
