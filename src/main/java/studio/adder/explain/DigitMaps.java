package studio.adder.explain;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Lays the test images' features out in the plane, without the engine: by PCA (all images, at once) or by t-SNE
 * (a deterministic subsample, when asked). Both start from the same 50 principal components of the subsample.
 */
public final class DigitMaps {

    /** Seed of the projections' random starts: the same model gives the same map. */
    public static final long PROJECTION_SEED = 20261202L;
    /** At most this many test images go into the subsample (every fifth of the 10,000). */
    public static final int SUBSAMPLE = 2_000;
    /** Principal components kept for t-SNE and the neighbour search. */
    public static final int BASIS_DIMS = 50;

    private DigitMaps() {}

    /**
     * The PCA map of every image in {@code set}: the subsample's first two principal components, with every
     * image projected onto them. Reports progress 0..1.
     */
    public static DigitMap pca(FeatureSet set, DoubleConsumer progress) {
        int n = set.size();
        int every = Math.max(1, (n + SUBSAMPLE - 1) / SUBSAMPLE);
        int kept = (n + every - 1) / every;
        float[][] rows = new float[kept][];
        int[] labels = new int[kept];
        int[] predicted = new int[kept];
        int[] sources = new int[kept];
        for (int s = 0; s < kept; s++) {
            int i = s * every;
            rows[s] = set.features()[i];
            labels[s] = set.labels()[i];
            predicted[s] = set.predicted()[i];
            sources[s] = i;
        }
        ReducedFeatures reduced = ReducedFeatures.of(rows, BASIS_DIMS, PROJECTION_SEED);
        progress.accept(0.7);
        float[] x = new float[n];
        float[] y = new float[n];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            float[] place = reduced.reduce(set.features()[i]);
            x[i] = place[0];
            y[i] = place[1];
            all[i] = i;
        }
        progress.accept(1.0);
        return new DigitMap(x, y, set.labels().clone(), set.predicted().clone(), all, set.images(), set.sumErrors(),
                MapProjection.PCA, new MapBasis(reduced, labels, predicted, sources), null);
    }

    /**
     * The t-SNE map of {@code map}'s subsample (perplexity {@value Tsne#PERPLEXITY}, {@value Tsne#STEPS} steps),
     * reporting progress 0..1 and stopping with a {@link java.util.concurrent.CancellationException} when
     * {@code cancelled} says so.
     */
    public static DigitMap tsne(DigitMap map, DoubleConsumer progress, BooleanSupplier cancelled) {
        return tsne(map, Tsne.PERPLEXITY, Tsne.STEPS, progress, cancelled);
    }

    /** As {@link #tsne(DigitMap, DoubleConsumer, BooleanSupplier)}, with its own perplexity and steps. */
    public static DigitMap tsne(DigitMap map, double perplexity, int steps, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        MapBasis basis = map.basis();
        float[][] places = Tsne.embed(basis.features().rows(), Math.min(perplexity, (basis.size() - 2) / 3.0), steps,
                PROJECTION_SEED, progress, cancelled);
        int n = basis.size();
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = places[i][0];
            y[i] = places[i][1];
        }
        return new DigitMap(x, y, basis.labels(), basis.predicted(), basis.sources(), map.images(), map.sumErrors(),
                MapProjection.TSNE, basis, places);
    }
}
