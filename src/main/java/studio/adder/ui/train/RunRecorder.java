package studio.adder.ui.train;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import studio.adder.train.BatchProgress;
import studio.adder.train.EpochResult;
import studio.adder.train.ExamplesEvaluation;
import studio.adder.train.RunInfo;
import studio.adder.train.RunListener;
import studio.adder.train.RunRecord;

/**
 * The training listener of one run: on the engine thread it only enqueues the immutable records,
 * so training never waits for the UI; the FX-side pump drains them a few times per second.
 */
final class RunRecorder implements RunListener {

    private final Queue<RunRecord> records = new ConcurrentLinkedQueue<>();

    @Override
    public void onStart(RunInfo info) {
        records.add(info);
    }

    @Override
    public void onBatch(BatchProgress progress) {
        records.add(progress);
    }

    @Override
    public void onEpoch(EpochResult result) {
        records.add(result);
    }

    @Override
    public void onExamplesEvaluation(ExamplesEvaluation evaluation) {
        records.add(evaluation);
    }

    /** Hands every queued record to {@code sink} in arrival order; returns how many there were. */
    int drainTo(Consumer<RunRecord> sink) {
        int count = 0;
        RunRecord record;
        while ((record = records.poll()) != null) {
            sink.accept(record);
            count++;
        }
        return count;
    }
}
