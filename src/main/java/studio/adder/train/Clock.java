package studio.adder.train;

/** Elapsed time, throughput and running epoch metrics of a run, pauses left out. */
final class Clock {

    private final long runStart = System.nanoTime();
    private long pausedNanos;
    private long epochStart;
    private long epochPausedNanos;
    private long epochImages;
    private double digitLossSum;
    private double sumLossSum;
    private double digitHits;
    private double sumHits;

    void startEpoch() {
        epochStart = System.nanoTime();
        epochPausedNanos = 0;
        epochImages = 0;
        digitLossSum = 0;
        sumLossSum = 0;
        digitHits = 0;
        sumHits = 0;
    }

    void excludePause(long nanos) {
        pausedNanos += nanos;
        epochPausedNanos += nanos;
    }

    /** Adds one batch: {@code stats} holds mean digit loss, mean sum loss, digit hits, sum hits. */
    void addBatch(int size, float[] stats) {
        epochImages += size;
        digitLossSum += stats[0] * size;
        sumLossSum += stats[1] * size;
        digitHits += stats[2];
        sumHits += stats[3];
    }

    double elapsedSeconds() {
        return (System.nanoTime() - runStart - pausedNanos) / 1e9;
    }

    double epochImagesPerSecond() {
        double seconds = (System.nanoTime() - epochStart - epochPausedNanos) / 1e9;
        return seconds <= 0 ? 0 : epochImages / seconds;
    }

    HeadMetrics epochMetrics() {
        double n = Math.max(1, epochImages);
        return new HeadMetrics(digitLossSum / n, sumLossSum / n, digitHits / n, sumHits / n);
    }

    /** Remaining time at the average pace so far, evaluations included in that pace. */
    double etaSeconds(long batchesDone, long batchesTotal) {
        if (batchesDone == 0) {
            return Double.NaN;
        }
        return elapsedSeconds() / batchesDone * (batchesTotal - batchesDone);
    }
}
