package studio.adder.train;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import studio.adder.data.AdderDataset;
import studio.adder.mydigits.ExampleSet;

/**
 * Scores the user's examples during a run: before the first batch, about {@value #PER_EPOCH}
 * times per epoch and after every epoch. A few dozen images take milliseconds, so the charts can
 * show the examples being learned while MNIST's test accuracy comes once per epoch. Engine
 * thread only.
 */
final class ExamplesProbe {

    /** Scores per epoch besides the one at its end. */
    static final int PER_EPOCH = 10;

    private final AdderDataset examples;
    private final int every;
    private HeadMetrics first;
    private HeadMetrics last;

    /** A probe over {@code set}, with numbers fixed by the test seed, for epochs of {@code batchesPerEpoch}. */
    ExamplesProbe(ExampleSet set, int batchesPerEpoch) {
        this.examples = TestSets.of(set.data(), 0);
        this.every = Math.max(1, batchesPerEpoch / PER_EPOCH);
    }

    /** Scores now and tells the listener. */
    HeadMetrics score(Block network, NDManager manager, int epoch, long globalBatch, double epochPosition,
            double elapsedSeconds, RunListener listener) {
        Evaluation evaluation = ModelEvaluator.evaluate(network, manager, examples);
        if (first == null) {
            first = evaluation.metrics();
        }
        last = evaluation.metrics();
        listener.onExamplesEvaluation(new ExamplesEvaluation(epoch, globalBatch, epochPosition, elapsedSeconds,
                evaluation.evaluated(), evaluation.metrics()));
        return last;
    }

    /** Whether batch {@code batchInEpoch} (1-based) is one to score after; the epoch's end is scored anyway. */
    boolean due(int batchInEpoch, int batchesPerEpoch) {
        return batchInEpoch % every == 0 && batchInEpoch < batchesPerEpoch;
    }

    /** The score before the first batch, or null. */
    HeadMetrics first() {
        return first;
    }

    /** The latest score, or null. */
    HeadMetrics last() {
        return last;
    }
}
