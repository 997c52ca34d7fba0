package studio.adder.train;

/**
 * Loss and accuracy of both heads over some set of samples.
 *
 * @param digitLoss mean cross-entropy of the digit head
 * @param sumLoss mean cross-entropy of the sum head
 * @param digitAccuracy fraction of digits right (0..1)
 * @param sumAccuracy fraction of sums right (0..1)
 */
public record HeadMetrics(double digitLoss, double sumLoss, double digitAccuracy, double sumAccuracy) {

    /** The training objective: digit loss plus sum loss, as in the seed notebook. */
    public double loss() {
        return digitLoss + sumLoss;
    }
}
