package studio.adder.ui.train;

import java.nio.file.Path;
import java.util.List;
import studio.adder.model.ArchitectureId;
import studio.adder.train.BatchProgress;
import studio.adder.train.ConfusionMatrix;
import studio.adder.train.EpochResult;
import studio.adder.train.Evaluation;
import studio.adder.train.HeadMetrics;
import studio.adder.train.Mistake;
import studio.adder.train.RunInfo;
import studio.adder.train.TrainingConfig;

/** Hand-made training records, as the engine thread would send them. */
final class TrainRecords {

    static final TrainingConfig CONFIG = TrainingConfig.defaultsFor(ArchitectureId.DEFAULT).withEpochs(2);

    private TrainRecords() {}

    static RunInfo info(int batchesPerEpoch) {
        return new RunInfo(CONFIG, "CPU", 2, batchesPerEpoch * 128, 1000, batchesPerEpoch);
    }

    static BatchProgress batch(int epoch, int batch, int batchesPerEpoch, double digitLoss, double sumLoss) {
        HeadMetrics metrics = new HeadMetrics(digitLoss, sumLoss, 0.5, 0.25);
        return new BatchProgress(epoch, 2, batch, batchesPerEpoch, (long) (epoch - 1) * batchesPerEpoch + batch,
                batch * 0.1, metrics, metrics, 1000, 5, 0.004f);
    }

    static EpochResult epoch(int epoch, Path checkpoint) {
        int[][] counts = new int[10][10];
        counts[3][5] = 4;
        counts[3][3] = 90;
        Mistake mistake = new Mistake(7, 3, 4, 5, 9, new float[784]);
        Evaluation test = new Evaluation(1000, new HeadMetrics(0.3, 0.6, 0.9, 0.8), new ConfusionMatrix(counts),
                List.of(mistake));
        return new EpochResult(epoch, 2, 3.0, 1000, new HeadMetrics(0.4, 0.7, 0.88, 0.77), test, checkpoint);
    }
}
