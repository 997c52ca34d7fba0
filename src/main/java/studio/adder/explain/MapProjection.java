package studio.adder.explain;

/** How the map of all digits lays the penultimate features out in the plane. */
public enum MapProjection {
    /** The two directions along which the features spread most: quick, and faithful to distances. */
    PCA("PCA"),
    /** t-SNE: keeps each digit's near neighbours near, so clusters show; slower, on a subsample. */
    TSNE("t-SNE");

    private final String label;

    MapProjection(String label) {
        this.label = label;
    }

    /** The name people know it by. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
