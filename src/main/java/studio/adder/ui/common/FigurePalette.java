package studio.adder.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.paint.Color;

/**
 * The colours of the pictures the app draws itself (heat maps, bars, the map of all digits), one set per theme.
 * Canvas drawing cannot read the theme's stylesheet, so each theme names its figure colours here, and views ask
 * {@link #current()} when they paint.
 *
 * @param paper a figure's background, and the zero of a diverging scale
 * @param ink text and marks on the paper
 * @param muted axis labels and rules
 * @param positive values above zero
 * @param negative values below zero
 * @param highlight the chosen item (a selected tile)
 * @param error what is wrong (a vote for the wrong sum)
 * @param heatLow the cool end of a one-sided heat scale
 * @param heatHigh the hot end of a one-sided heat scale
 * @param onHeat text over the hot end
 * @param idle cells that are not in play
 * @param labels ten colours a reader tells apart, one per digit (Tableau's 10)
 */
public record FigurePalette(Color paper, Color ink, Color muted, Color positive, Color negative, Color highlight,
        Color error, Color heatLow, Color heatHigh, Color onHeat, Color idle, List<Color> labels) {

    private static final List<Color> TABLEAU_10 = List.of(Color.web("#4e79a7"), Color.web("#f28e2b"),
            Color.web("#e15759"), Color.web("#76b7b2"), Color.web("#59a14f"), Color.web("#edc948"),
            Color.web("#b07aa1"), Color.web("#ff9da7"), Color.web("#9c755f"), Color.web("#bab0ac"));

    /** Figures on white, for the light theme. */
    public static final FigurePalette LIGHT = new FigurePalette(Color.WHITE, Color.web("#24292f"), Color.GRAY,
            Color.web("#c0392b"), Color.web("#2962ff"), Color.web("#f39c12"), Color.web("#d32f2f"),
            Color.web("#fff3e0"), Color.web("#e65100"), Color.WHITE, Color.web("#f5f5f5"), TABLEAU_10);

    /** Figures on the dark theme's background, with brighter marks. */
    public static final FigurePalette DARK = new FigurePalette(Color.web("#0d1117"), Color.web("#e6edf3"),
            Color.web("#8b949e"), Color.web("#ff7b72"), Color.web("#79c0ff"), Color.web("#f39c12"),
            Color.web("#ff7b72"), Color.web("#2d1e0f"), Color.web("#ffa657"), Color.web("#0d1117"),
            Color.web("#21262d"), TABLEAU_10);

    private static final ReadOnlyObjectWrapper<FigurePalette> CURRENT = new ReadOnlyObjectWrapper<>(LIGHT);

    /** Checks there is one label colour per digit. */
    public FigurePalette {
        if (labels.size() != 10) {
            throw new IllegalArgumentException("a figure palette needs 10 label colours, not " + labels.size());
        }
        labels = List.copyOf(labels);
    }

    /** The palette of the theme in use. */
    public static FigurePalette current() {
        return CURRENT.get();
    }

    /** The palette in use, for views that repaint when the theme changes (read on the FX thread). */
    public static ReadOnlyObjectProperty<FigurePalette> currentProperty() {
        return CURRENT.getReadOnlyProperty();
    }

    /** Makes {@code palette} the one figures paint with; the theme calls this when it is applied. */
    public static void use(FigurePalette palette) {
        CURRENT.set(palette);
    }

    /** The colour of {@code digit}'s dots. */
    public Color label(int digit) {
        return labels.get(digit);
    }

    /** A diverging colour: {@link #negative} at -1, {@link #paper} at 0, {@link #positive} at 1. */
    public Color diverging(double t) {
        double clamped = Math.max(-1, Math.min(1, t));
        return clamped >= 0 ? paper.interpolate(positive, clamped) : paper.interpolate(negative, -clamped);
    }

    /** A one-sided heat colour, from {@link #heatLow} at 0 to {@link #heatHigh} at 1. */
    public Color heat(double t) {
        return heatLow.interpolate(heatHigh, Math.max(0, Math.min(1, t)));
    }
}
