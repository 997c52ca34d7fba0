package studio.adder.ui.train;

/** What the charts' horizontal axis counts. */
public enum XAxisMode {
    /** Training batches since the run started. */
    BATCH("Batch"),
    /** Epochs, fractional during an epoch. */
    EPOCH("Epoch"),
    /** Training seconds, pauses excluded. */
    TIME("Elapsed seconds");

    private final String label;

    XAxisMode(String label) {
        this.label = label;
    }

    /** The axis title. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
