package studio.adder.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import studio.adder.mydigits.ExampleImages;

/**
 * A held-out set of digits "drawn with a mouse": hand-made stroke templates (two or three styles per
 * digit), sampled coarsely and unevenly like mouse events, wobbled, slanted, squashed, drawn at odd
 * canvas sizes and positions with pens from hair-thin to fat, rasterized by the app's own
 * {@link StrokeRasterizer}. Written as an ImageFolder (one subfolder per digit), so
 * {@code evaluate --extra-data DIR --model M} scores any model on it through the app's own
 * preprocessing. Nothing in it comes from MNIST.
 *
 * <p>Writes the set on request:
 * {@code ./mvnw -o test -Dtest=MouseDrawingSet -Dadder.measure=true -Dadder.drawings=DIR}.
 */
@Tag("measure")
class MouseDrawingSet {

    /** Drawings per digit. */
    static final int PER_DIGIT = 100;
    static final long SEED = 2026;

    /** Each digit's styles, as strokes of (x, y) points in a unit box, y pointing down. */
    private static final double[][][][] TEMPLATES = {
        { // 0: an oval, a slanted narrow oval
            {ellipse(0.5, 0.5, 0.32, 0.46, 0, 18)},
            {ellipse(0.5, 0.5, 0.22, 0.47, 0.25, 16)},
        },
        { // 1: a plain bar, a bar with a short lead-in, a bar with a base
            {{0.5, 0.03, 0.5, 0.97}},
            {{0.38, 0.18, 0.52, 0.03, 0.52, 0.97}},
            {{0.5, 0.03, 0.5, 0.97}, {0.35, 0.97, 0.65, 0.97}},
        },
        { // 2: round top with a flat base, a "z"-like two
            {{0.18, 0.25, 0.32, 0.07, 0.55, 0.03, 0.77, 0.15, 0.78, 0.35, 0.55, 0.6, 0.18, 0.95, 0.85, 0.95}},
            {{0.2, 0.2, 0.45, 0.04, 0.72, 0.12, 0.7, 0.35, 0.2, 0.93, 0.55, 0.88, 0.85, 0.93}},
        },
        { // 3: two bumps in one stroke, a flat-topped three
            {{0.2, 0.12, 0.5, 0.02, 0.78, 0.15, 0.74, 0.36, 0.45, 0.48, 0.76, 0.6, 0.8, 0.82, 0.55, 0.97, 0.18, 0.88}},
            {{0.2, 0.04, 0.78, 0.04, 0.45, 0.42, 0.75, 0.55, 0.8, 0.8, 0.55, 0.97, 0.2, 0.88}},
        },
        { // 4: closed four in two strokes, open four in two strokes
            {{0.62, 0.03, 0.12, 0.66, 0.88, 0.66}, {0.64, 0.32, 0.64, 0.97}},
            {{0.22, 0.03, 0.18, 0.56, 0.82, 0.56}, {0.7, 0.03, 0.7, 0.97}},
        },
        { // 5: body then hat, one stroke with the hat first
            {{0.3, 0.05, 0.25, 0.45, 0.55, 0.38, 0.78, 0.58, 0.72, 0.88, 0.45, 0.97, 0.18, 0.86}, {0.3, 0.05, 0.8, 0.05}},
            {{0.8, 0.04, 0.32, 0.04, 0.26, 0.46, 0.58, 0.4, 0.8, 0.62, 0.7, 0.9, 0.4, 0.97, 0.18, 0.85}},
        },
        { // 6: a curl down into a loop, a straighter six
            {{0.72, 0.04, 0.42, 0.25, 0.22, 0.6, 0.3, 0.9, 0.55, 0.97, 0.76, 0.8, 0.7, 0.58, 0.45, 0.52, 0.24, 0.66}},
            {{0.6, 0.03, 0.3, 0.5, 0.28, 0.85, 0.5, 0.97, 0.72, 0.82, 0.62, 0.58, 0.32, 0.62}},
        },
        { // 7: plain, with a cross-bar, with a curved stem
            {{0.15, 0.05, 0.85, 0.05, 0.4, 0.97}},
            {{0.15, 0.05, 0.85, 0.05, 0.42, 0.97}, {0.36, 0.5, 0.76, 0.5}},
            {{0.18, 0.08, 0.82, 0.04, 0.6, 0.45, 0.5, 0.97}},
        },
        { // 8: one figure-eight stroke, two stacked loops
            {{0.7, 0.16, 0.5, 0.03, 0.28, 0.16, 0.34, 0.36, 0.68, 0.6, 0.72, 0.85, 0.5, 0.97, 0.28, 0.85, 0.34, 0.6, 0.66, 0.36, 0.7, 0.16}},
            {ellipse(0.5, 0.26, 0.2, 0.22, 0, 12), ellipse(0.5, 0.73, 0.26, 0.24, 0, 14)},
        },
        { // 9: loop then stem in one stroke, a loop and a separate straight stem
            {{0.74, 0.25, 0.55, 0.04, 0.3, 0.1, 0.25, 0.35, 0.45, 0.48, 0.72, 0.34, 0.74, 0.22, 0.72, 0.6, 0.62, 0.97}},
            {ellipse(0.45, 0.28, 0.25, 0.23, 0, 14), {0.7, 0.28, 0.68, 0.97}},
        },
    };

    @Test
    @EnabledIfSystemProperty(named = "adder.measure", matches = "true")
    void writeTheSet() throws IOException {
        Path root = Path.of(System.getProperty("adder.drawings", "target/mouse-drawings"));
        int written = write(root, PER_DIGIT, SEED);
        System.out.printf(Locale.ROOT, "wrote %d mouse drawings to %s%n", written, root.toAbsolutePath());
        assertEquals(10 * PER_DIGIT, written);
    }

    /** Writes {@code perDigit} drawings of each digit into {@code root/<digit>/}; returns how many. */
    static int write(Path root, int perDigit, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int written = 0;
        for (int digit = 0; digit < 10; digit++) {
            Path folder = Files.createDirectories(root.resolve(Integer.toString(digit)));
            for (int i = 0; i < perDigit; i++) {
                double[][] template = TEMPLATES[digit][i % TEMPLATES[digit].length];
                Drawing drawing = draw(template, random);
                GrayImage ink = StrokeRasterizer.render(drawing.strokes(), drawing.width(), drawing.height());
                ExampleImages.writePng(folder.resolve(String.format(Locale.ROOT, "%d-%03d.png", digit, i)),
                        ink.width(), ink.height(), ink.pixels());
                written++;
            }
        }
        return written;
    }

    private record Drawing(List<Stroke> strokes, int width, int height) {}

    /** One drawing of a template: odd canvas, size, place, slant, squash, pen and mouse sampling. */
    private static Drawing draw(double[][] template, SplittableRandom random) {
        int width = random.nextInt(60, 900);
        int height = random.nextInt(60, 900);
        double squash = random.nextDouble(0.6, 1.25); // width relative to the template's
        double angle = Math.toRadians(random.nextDouble(-14, 14));
        double shear = random.nextDouble(-0.3, 0.3); // italic slant
        double wobble = random.nextDouble(0.0, 0.025);
        List<List<double[]>> shape = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] unitStroke : template) {
            List<double[]> points = new ArrayList<>();
            for (double[] p : mouseSamples(unitStroke, random)) {
                double x = (p[0] - 0.5) * squash + shear * (0.5 - p[1]);
                double y = p[1] - 0.5;
                double[] q = {x * Math.cos(angle) - y * Math.sin(angle) + random.nextDouble(-wobble, wobble + 1e-9),
                    x * Math.sin(angle) + y * Math.cos(angle) + random.nextDouble(-wobble, wobble + 1e-9)};
                box = new double[] {Math.min(box[0], q[0]), Math.min(box[1], q[1]),
                    Math.max(box[2], q[0]), Math.max(box[3], q[1])};
                points.add(q);
            }
            shape.add(points);
        }
        // Scale the longer side to 15-90 % of the canvas, pen included, and put it anywhere it fits whole.
        double longer = Math.max(box[2] - box[0], box[3] - box[1]);
        double size = Math.min(width, height) * random.nextDouble(0.15, 0.9);
        // Pens from hair-thin to a fat marker, never fatter than a quarter of the digit.
        float pen = (float) Math.min(size / 4, Math.exp(random.nextDouble(Math.log(1.2), Math.log(70))));
        double scale = (size - pen) / longer;
        double left = pen / 2 + random.nextDouble() * (width - pen - (box[2] - box[0]) * scale);
        double top = pen / 2 + random.nextDouble() * (height - pen - (box[3] - box[1]) * scale);
        List<Stroke> strokes = new ArrayList<>();
        for (List<double[]> points : shape) {
            List<StrokePoint> placed = new ArrayList<>();
            for (double[] q : points) {
                placed.add(new StrokePoint(left + (q[0] - box[0]) * scale, top + (q[1] - box[1]) * scale));
            }
            strokes.add(new Stroke(pen, placed));
        }
        return new Drawing(strokes, width, height);
    }

    /** Points along a polyline at uneven steps, as a mouse reports a stroke drawn at varying speed. */
    private static List<double[]> mouseSamples(double[] polyline, SplittableRandom random) {
        List<double[]> samples = new ArrayList<>();
        samples.add(new double[] {polyline[0], polyline[1]});
        for (int i = 2; i + 1 < polyline.length; i += 2) {
            double x0 = polyline[i - 2];
            double y0 = polyline[i - 1];
            double dx = polyline[i] - x0;
            double dy = polyline[i + 1] - y0;
            double length = Math.hypot(dx, dy);
            double travelled = random.nextDouble(0.02, 0.08);
            while (travelled < length) {
                samples.add(new double[] {x0 + dx * travelled / length, y0 + dy * travelled / length});
                travelled += random.nextDouble(0.02, 0.12);
            }
            samples.add(new double[] {polyline[i], polyline[i + 1]});
        }
        return samples;
    }

    /** A closed ellipse as a polyline, tilted by {@code tilt} (x shifts with height). */
    private static double[] ellipse(double cx, double cy, double rx, double ry, double tilt, int points) {
        double[] polyline = new double[2 * (points + 1)];
        for (int i = 0; i <= points; i++) {
            double t = -Math.PI / 2 + 2 * Math.PI * i / points;
            double y = cy + ry * Math.sin(t);
            polyline[2 * i] = cx + rx * Math.cos(t) + tilt * (cy - y);
            polyline[2 * i + 1] = y;
        }
        return polyline;
    }
}
