package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.adder.train.HeadMetrics;

class RunSummaryTest {

    private static RunHistory.TestPoint point(int epoch, double digit, double sum) {
        return new RunHistory.TestPoint(epoch, epoch * 10L, epoch * 5.0, new HeadMetrics(0.1, 0.2, digit, sum));
    }

    @Test
    void noFinishedEpochMeansNoFigures() {
        assertTrue(RunSummary.of(List.of(), 3).isEmpty());
    }

    @Test
    void theLastEpochIsReportedAndAnEarlierBestOneNamed() {
        RunSummary summary = RunSummary.of(List.of(point(1, 0.95, 0.90), point(2, 0.991, 0.987), point(3, 0.990, 0.985)),
                3).orElseThrow();
        assertEquals(3, summary.lastEpoch());
        assertEquals(2, summary.bestEpoch());
        assertEquals("Test after epoch 3 of 3: digit 99.00 %, sum 98.50 % · best: epoch 2 (digit 99.10 %, sum 98.70 %)",
                summary.text());
    }

    @Test
    void aRunStoppedEarlySaysHowFarItGotAndATieKeepsTheEarlierEpoch() {
        RunSummary summary = RunSummary.of(List.of(point(1, 0.98, 0.97), point(2, 0.98, 0.97)), 5).orElseThrow();
        assertEquals(1, summary.bestEpoch());
        assertTrue(summary.text().startsWith("Test after epoch 2 of 5: digit 98.00 %, sum 97.00 %"), summary.text());

        RunSummary improving = RunSummary.of(List.of(point(1, 0.9, 0.8), point(2, 0.95, 0.9)), 2).orElseThrow();
        assertTrue(improving.text().endsWith("best: this epoch"), improving.text());
    }
}
