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
 * The training listener of one run: on the engine thread it only enqueues the immutable records and
 * says that some wait, so training never waits for the UI; the FX-side pump drains them a few times per second.
 */
final class RunRecorder implements RunListener {

    private final Queue<RunRecord> records = new ConcurrentLinkedQueue<>();
    private final Runnable recordsWaiting;

    /** A recorder that calls {@code recordsWaiting} (from the engine thread) after each record it queues. */
    RunRecorder(Runnable recordsWaiting) {
        this.recordsWaiting = recordsWaiting;
    }

    @Override
    public void onStart(RunInfo info) {
        add(info);
    }

    @Override
    public void onBatch(BatchProgress progress) {
        add(progress);
    }

    @Override
    public void onEpoch(EpochResult result) {
        add(result);
    }

    @Override
    public void onExamplesEvaluation(ExamplesEvaluation evaluation) {
        add(evaluation);
    }

    private void add(RunRecord record) {
        records.add(record);
        recordsWaiting.run();
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
