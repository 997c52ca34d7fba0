package studio.adder.ui.inside;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import studio.adder.explain.DigitMap;
import studio.adder.explain.MapProjection;
import studio.adder.explain.SumErrors;
import studio.adder.explain.Tsne;

/** The words under the map of all digits: how it was laid out, what it shows, and where the live dot sits. */
final class DigitMapTexts {

    static final String PCA_HINT = "The ringed black dot is your drawing, projected onto the same two axes.";
    static final String TSNE_HINT = "The ringed black dot is your drawing. t-SNE cannot place a new point "
            + "itself, so the dot sits at the distance-weighted mean place of the " + 10 + " test digits nearest to "
            + "it in feature space (50 principal components of the penultimate layer).";

    private DigitMapTexts() {
    }

    /** How the live dot of {@code shown} is placed, for a tooltip. */
    static String liveHint(DigitMap shown) {
        return shown.projection() == MapProjection.PCA ? PCA_HINT : TSNE_HINT;
    }

    /**
     * What {@code shown} is and what it says: the layout, the misread share, and how the sum head
     * does on the same pairs.
     *
     * @param source where the map comes from: empty for the active model, else " after epoch 2 of 3 (...)"
     */
    static String describe(DigitMap shown, String source) {
        String how = shown.projection() == MapProjection.PCA
                ? String.format("%,d test digits%s, placed by the two principal components of the penultimate layer "
                        + "(PCA)", shown.size(), source)
                : String.format("t-SNE of %,d test digits%s (every %s), perplexity %.0f, from 50 principal components "
                        + "of the penultimate layer: near dots were near for the network, distances between clusters "
                        + "mean little", shown.size(), source, every(shown), Tsne.PERPLEXITY);
        return String.format("%s; %.1f %% misread (crosses). Hover a dot to see its digit. On the same test pairs "
                + "the sum head is right %.1f %% of the time%s.", how, 100 * shown.errorRate(),
                100 * shown.sumErrors().accuracy(), worstSums(shown.sumErrors()));
    }

    private static String every(DigitMap shown) {
        int step = shown.size() > 1 ? shown.sources()[1] - shown.sources()[0] : 1;
        return step == 1 ? "one of the first " + String.format("%,d", shown.size()) : ordinal(step) + " of them";
    }

    private static String ordinal(int step) {
        return switch (step) {
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            case 5 -> "fifth";
            default -> step + "th";
        };
    }

    /** The sums the head misses most often, as ", and misses most on 9 (31 %), ..." or nothing. */
    static String worstSums(SumErrors errors) {
        int[] pairs = errors.pairs();
        int[] wrong = errors.wrong();
        List<Integer> sums = new ArrayList<>();
        for (int s = 0; s < pairs.length; s++) {
            if (pairs[s] > 0 && wrong[s] > 0) {
                sums.add(s);
            }
        }
        sums.sort(Comparator.comparingDouble(s -> -(double) wrong[s] / pairs[s]));
        if (sums.isEmpty() || (double) wrong[sums.get(0)] / pairs[sums.get(0)] < 0.05) {
            return "";
        }
        StringBuilder line = new StringBuilder(", and misses most on ");
        for (int i = 0; i < Math.min(3, sums.size()); i++) {
            int s = sums.get(i);
            line.append(i == 0 ? "" : ", ").append(String.format("%d (%.0f %%)", s, 100.0 * wrong[s] / pairs[s]));
        }
        return line.toString();
    }
}
