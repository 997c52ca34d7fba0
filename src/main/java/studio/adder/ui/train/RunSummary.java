package studio.adder.ui.train;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studio.adder.train.HeadMetrics;

/**
 * The figures a run leaves on screen when it ends: both heads' test accuracy after its last
 * complete epoch, and its best epoch (highest mean of the two accuracies; the earlier on a tie).
 */
record RunSummary(int lastEpoch, int epochs, HeadMetrics last, int bestEpoch, HeadMetrics best) {

    /** The summary of a run's test points, empty when no epoch finished. */
    static Optional<RunSummary> of(List<RunHistory.TestPoint> tests, int epochs) {
        if (tests.isEmpty()) {
            return Optional.empty();
        }
        RunHistory.TestPoint best = tests.get(0);
        for (RunHistory.TestPoint test : tests) {
            if (score(test.metrics()) > score(best.metrics())) {
                best = test;
            }
        }
        RunHistory.TestPoint last = tests.get(tests.size() - 1);
        return Optional.of(new RunSummary(last.epoch(), epochs, last.metrics(), best.epoch(), best.metrics()));
    }

    private static double score(HeadMetrics metrics) {
        return (metrics.digitAccuracy() + metrics.sumAccuracy()) / 2;
    }

    /** One line, e.g. "Test after epoch 3 of 3: digit 99.45 %, sum 99.41 % · best: epoch 3". */
    String text() {
        String head = String.format(Locale.ROOT, "Test after epoch %d of %d: digit %.2f %%, sum %.2f %%", lastEpoch,
                epochs, 100 * last.digitAccuracy(), 100 * last.sumAccuracy());
        if (bestEpoch == lastEpoch) {
            return head + " · best: this epoch";
        }
        return head + String.format(Locale.ROOT, " · best: epoch %d (digit %.2f %%, sum %.2f %%)", bestEpoch,
                100 * best.digitAccuracy(), 100 * best.sumAccuracy());
    }
}
