package studio.adder.ui.train;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.adder.train.BatchProgress;
import studio.adder.train.EpochResult;
import studio.adder.train.ExamplesEvaluation;
import studio.adder.train.HeadMetrics;
import studio.adder.train.RunInfo;
import studio.adder.train.RunOutcome;
import studio.adder.train.TrainingConfig;

/**
 * Every raw point of one run of this session, kept in full so charts can re-smooth, re-sample and
 * compare runs at any time. Touched only on the FX thread.
 */
public final class RunHistory {

    /** The test metrics after one epoch, placed on all three x-axes. */
    record TestPoint(int epoch, long globalBatch, double elapsedSeconds, HeadMetrics metrics) {}

    private final int number;
    private final TrainingConfig config;
    private RunInfo info;
    private final List<BatchProgress> batches = new ArrayList<>();
    private final List<TestPoint> tests = new ArrayList<>();
    private final List<ExamplesEvaluation> examples = new ArrayList<>();
    private RunOutcome outcome;

    RunHistory(int number, TrainingConfig config) {
        this.number = number;
        this.config = config;
    }

    void start(RunInfo value) {
        info = value;
    }

    void addBatch(BatchProgress progress) {
        batches.add(progress);
    }

    void addEpoch(EpochResult result) {
        long batchesPerEpoch = info == null ? 0 : info.batchesPerEpoch();
        tests.add(new TestPoint(result.epoch(), result.epoch() * batchesPerEpoch, result.elapsedSeconds(),
                result.test().metrics()));
    }

    void addExamples(ExamplesEvaluation evaluation) {
        examples.add(evaluation);
    }

    /** One metric of every scoring of the user's examples, on the given axis. */
    List<CurvePoint> examplesPoints(HeadMetric metric, XAxisMode mode) {
        List<CurvePoint> points = new ArrayList<>(examples.size());
        for (ExamplesEvaluation evaluation : examples) {
            double x = switch (mode) {
                case BATCH -> evaluation.globalBatch();
                case EPOCH -> evaluation.epochPosition();
                case TIME -> evaluation.elapsedSeconds();
            };
            points.add(new CurvePoint(x, metric.read(evaluation.metrics())));
        }
        return points;
    }

    void finish(RunOutcome value) {
        outcome = value;
    }

    /** The number of epochs the run was started for. */
    int plannedEpochs() {
        return config.epochs();
    }

    int batchCount() {
        return batches.size();
    }

    List<TestPoint> tests() {
        return tests;
    }

    /** The x values of every training batch. */
    double[] batchXs(XAxisMode mode) {
        double[] xs = new double[batches.size()];
        for (int i = 0; i < xs.length; i++) {
            BatchProgress batch = batches.get(i);
            xs[i] = switch (mode) {
                case BATCH -> batch.globalBatch();
                case EPOCH -> (double) batch.globalBatch() / batch.batchesPerEpoch();
                case TIME -> batch.elapsedSeconds();
            };
        }
        return xs;
    }

    /** One metric of every training batch. */
    double[] batchValues(HeadMetric metric) {
        double[] ys = new double[batches.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = metric.read(batches.get(i).batchMetrics());
        }
        return ys;
    }

    /** One metric of every epoch's test evaluation, on the given axis. */
    List<CurvePoint> testPoints(HeadMetric metric, XAxisMode mode) {
        List<CurvePoint> points = new ArrayList<>(tests.size());
        for (TestPoint test : tests) {
            double x = switch (mode) {
                case BATCH -> test.globalBatch();
                case EPOCH -> test.epoch();
                case TIME -> test.elapsedSeconds();
            };
            points.add(new CurvePoint(x, metric.read(test.metrics())));
        }
        return points;
    }

    /** A short name for menus: number, architecture, optimiser and the last test sum accuracy. */
    public String title() {
        String result = tests.isEmpty() ? "no epoch finished"
                : String.format(Locale.ROOT, "sum %.1f%%", 100 * tests.get(tests.size() - 1).metrics().sumAccuracy());
        return String.format(Locale.ROOT, "Run %d · %s · %s lr %s · %s", number, config.architecture(),
                config.optimizer(), config.learningRate(), result);
    }

    @Override
    public String toString() {
        return title();
    }

    /** One CSV row per training batch and per test evaluation, UTF-8; lines end in \n on every system. */
    byte[] csv() {
        StringBuilder out = new StringBuilder();
        out.append("run,split,epoch,batch,global_batch,elapsed_s,digit_loss,sum_loss,digit_accuracy,sum_accuracy,"
                + "images_per_s,learning_rate\n");
        for (BatchProgress b : batches) {
            out.append(String.format(Locale.ROOT, "%d,train,%d,%d,%d,%.3f,%s,%s,%s,%s,%.1f,%s\n", number, b.epoch(),
                    b.batch(), b.globalBatch(), b.elapsedSeconds(), b.batchMetrics().digitLoss(),
                    b.batchMetrics().sumLoss(), b.batchMetrics().digitAccuracy(), b.batchMetrics().sumAccuracy(),
                    b.imagesPerSecond(), b.learningRate()));
        }
        for (TestPoint t : tests) {
            out.append(String.format(Locale.ROOT, "%d,test,%d,,%d,%.3f,%s,%s,%s,%s,,\n", number, t.epoch(),
                    t.globalBatch(), t.elapsedSeconds(), t.metrics().digitLoss(), t.metrics().sumLoss(),
                    t.metrics().digitAccuracy(), t.metrics().sumAccuracy()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    RunOutcome outcome() {
        return outcome;
    }
}
