package studio.adder.train;

/** Elapsed time and throughput of a run, pauses left out. */
final class Clock {

    private final long runStart = System.nanoTime();
    private long pausedNanos;
    private long epochStart;
    private long epochPausedNanos;
    private long epochImages;

    void startEpoch() {
        epochStart = System.nanoTime();
        epochPausedNanos = 0;
        epochImages = 0;
    }

    void excludePause(long nanos) {
        pausedNanos += nanos;
        epochPausedNanos += nanos;
    }

    /** Counts one trained batch of {@code size} images. */
    void addBatch(int size) {
        epochImages += size;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - runStart - pausedNanos) / 1e9;
    }

    double epochImagesPerSecond() {
        double seconds = (System.nanoTime() - epochStart - epochPausedNanos) / 1e9;
        return seconds <= 0 ? 0 : epochImages / seconds;
    }

    /** Remaining time at the average pace so far, evaluations included in that pace. */
    double etaSeconds(long batchesDone, long batchesTotal) {
        if (batchesDone == 0) {
            return Double.NaN;
        }
        return elapsedSeconds() / batchesDone * (batchesTotal - batchesDone);
    }
}
