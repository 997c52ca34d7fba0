package studio.adder.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One made-up person's handwriting: a fixed way of drawing each digit (European 1 with a long
 * flag, 7 with a bar, open 4, 9 with a straight stem) plus the jitter of a hand: size, slant,
 * rotation, position and wobble change from drawing to drawing. Strokes are in canvas fractions
 * (0..1, y down), ready to be dragged across the real drawing canvas.
 */
final class ScriptedWriter {

    private static final double[][][][] STYLE = {
        // 0: one oval, started at the top and closed with a small overlap.
        {oval()},
        // 1: a long flag up to the top, then straight down, no base.
        {{{0.33, 0.36}, {0.45, 0.25}, {0.57, 0.15}, {0.57, 0.5}, {0.57, 0.86}}},
        // 2: a round top, a diagonal, a flat base.
        {{{0.3, 0.32}, {0.38, 0.2}, {0.5, 0.16}, {0.62, 0.2}, {0.68, 0.3}, {0.64, 0.42}, {0.5, 0.58},
            {0.3, 0.82}, {0.5, 0.82}, {0.72, 0.82}}},
        // 3: two bowls in one stroke.
        {{{0.32, 0.2}, {0.5, 0.14}, {0.66, 0.22}, {0.66, 0.34}, {0.5, 0.46}, {0.46, 0.48}, {0.54, 0.49},
            {0.68, 0.58}, {0.68, 0.72}, {0.52, 0.84}, {0.3, 0.8}}},
        // 4: open top: an angle, then a long stem through the bar.
        {{{0.46, 0.15}, {0.38, 0.37}, {0.3, 0.58}, {0.5, 0.58}, {0.72, 0.58}}, {{0.61, 0.32}, {0.61, 0.6}, {0.61, 0.87}}},
        // 5: stem and bowl in one stroke, the top bar last.
        {{{0.37, 0.17}, {0.34, 0.45}, {0.5, 0.41}, {0.64, 0.49}, {0.68, 0.65}, {0.59, 0.8}, {0.43, 0.84},
            {0.3, 0.77}}, {{0.37, 0.17}, {0.52, 0.17}, {0.68, 0.16}}},
        // 6: a long curve down into a closed loop.
        {{{0.62, 0.15}, {0.46, 0.3}, {0.35, 0.52}, {0.34, 0.7}, {0.44, 0.84}, {0.6, 0.82}, {0.66, 0.68},
            {0.58, 0.55}, {0.44, 0.55}, {0.35, 0.64}}},
        // 7: the European seven, with a bar across the stem.
        {{{0.3, 0.18}, {0.5, 0.18}, {0.7, 0.18}, {0.58, 0.52}, {0.46, 0.86}}, {{0.42, 0.52}, {0.54, 0.52}, {0.67, 0.52}}},
        // 8: one stroke crossing itself in the middle.
        {{{0.62, 0.22}, {0.5, 0.15}, {0.38, 0.22}, {0.4, 0.35}, {0.6, 0.55}, {0.64, 0.72}, {0.5, 0.85},
            {0.36, 0.72}, {0.4, 0.55}, {0.6, 0.35}, {0.62, 0.22}}},
        // 9: a loop and a straight stem.
        {{{0.64, 0.3}, {0.55, 0.18}, {0.42, 0.2}, {0.36, 0.32}, {0.42, 0.44}, {0.56, 0.44}, {0.64, 0.32},
            {0.64, 0.6}, {0.62, 0.86}}},
    };

    private final Random random;

    /** A hand whose jitter follows {@code seed}: the same seed draws the same drawings. */
    ScriptedWriter(long seed) {
        this.random = new Random(seed);
    }

    /** The next drawing of {@code digit}: strokes of points in canvas fractions. */
    List<double[][]> draw(int digit) {
        double scale = 0.85 + 0.25 * random.nextDouble();
        double aspect = 1 + 0.16 * (random.nextDouble() - 0.5);
        double angle = Math.toRadians(14 * (random.nextDouble() - 0.5));
        double slant = 0.2 * (random.nextDouble() - 0.5);
        double shiftX = 0.12 * (random.nextDouble() - 0.5);
        double shiftY = 0.12 * (random.nextDouble() - 0.5);
        List<double[][]> strokes = new ArrayList<>();
        for (double[][] template : STYLE[digit]) {
            double[][] stroke = new double[template.length][];
            for (int i = 0; i < template.length; i++) {
                double x = (template[i][0] - 0.5) * scale * aspect;
                double y = (template[i][1] - 0.5) * scale;
                x += slant * -y;
                double rx = x * Math.cos(angle) - y * Math.sin(angle);
                double ry = x * Math.sin(angle) + y * Math.cos(angle);
                stroke[i] = new double[] {
                    clamp(0.5 + rx + shiftX + 0.012 * random.nextGaussian()),
                    clamp(0.5 + ry + shiftY + 0.012 * random.nextGaussian())};
            }
            strokes.add(stroke);
        }
        return strokes;
    }

    /** A pen width in drawing pixels for the next drawing, around the canvas default. */
    double penWidth() {
        return 15 + 10 * random.nextDouble();
    }

    private static double[][] oval() {
        int steps = 26;
        double[][] points = new double[steps + 1][];
        for (int i = 0; i <= steps; i++) {
            double t = -Math.PI / 2 - 2 * Math.PI * i / steps * 1.05;
            points[i] = new double[] {0.5 + 0.22 * Math.cos(t), 0.5 + 0.34 * Math.sin(t)};
        }
        return points;
    }

    private static double clamp(double value) {
        return Math.max(0.03, Math.min(0.97, value));
    }
}
