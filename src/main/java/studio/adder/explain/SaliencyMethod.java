package studio.adder.explain;

/** How a saliency map is measured; a learner can compare the two. */
public enum SaliencyMethod {
    /**
     * The gradient of the class score with respect to each input pixel, times that pixel's ink: how much each
     * drawn pixel pushed the score (a blank pixel contributes nothing).
     */
    GRADIENT("Gradient × ink"),
    /** Cover a small patch with paper, ask again, and note how much the class score fell. */
    OCCLUSION("Occlusion");

    private final String label;

    SaliencyMethod(String label) {
        this.label = label;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
