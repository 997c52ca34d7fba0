package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import studio.adder.model.ArchitectureId;
import studio.adder.train.TrainingConfig;

class ChartOptionsTest {

    private long now = 1_000_000_000L;
    private final RunHistory run = new RunHistory(1, TrainingConfig.defaultsFor(ArchitectureId.DEFAULT));
    private final ChartOptions charts = new ChartOptions(() -> run, () -> now);
    private int batches;

    @Test
    void newBatchesAloneRedrawAtMostTwiceASecond() {
        run.start(TrainRecords.info(100));
        addBatch();
        charts.redrawIfRunChanged();
        assertEquals(1, shownBatches(), "the first batches after a quiet spell draw at once");

        addBatch();
        now += ChartOptions.BATCH_REDRAW_NANOS / 2;
        charts.redrawIfRunChanged();
        assertEquals(1, shownBatches(), "a quarter of a second later they wait");

        now += ChartOptions.BATCH_REDRAW_NANOS / 2;
        charts.redrawIfRunChanged();
        assertEquals(2, shownBatches());
    }

    @Test
    void anEpochTheEndOfARunOrAChangedOptionDrawAtOnce() {
        run.start(TrainRecords.info(100));
        addBatch();
        charts.redrawIfRunChanged();
        addBatch();
        charts.epochAdded();
        charts.redrawIfRunChanged();
        assertEquals(2, shownBatches(), "an epoch's test point draws with the batches before it");

        addBatch();
        charts.flush();
        assertEquals(3, shownBatches(), "the end of a run draws what is left");

        addBatch();
        charts.smoothingProperty().set(0.3);
        assertEquals(4, shownBatches());
        charts.redrawIfRunChanged();
        assertEquals(4, shownBatches(), "nothing new, nothing drawn");
    }

    private void addBatch() {
        batches++;
        run.addBatch(TrainRecords.batch(1, batches, 100, 1.0 / batches, 2.0 / batches));
        charts.batchesAdded();
    }

    private int shownBatches() {
        return charts.frameProperty().get().lossCurve(CurveKind.DIGIT_TRAIN).size();
    }
}
