package studio.adder.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistPreprocessorTest {

    private static final int CANVAS = 560;

    @TempDir
    Path folder;

    @Test
    void aSmallDigitInTheCornerIsScaledToTheBoxAndCentredByMass() {
        // A "7" 40 px tall in the top-left corner of a big canvas.
        List<Stroke> seven = List.of(Stroke.of(6f, 20, 20, 48, 20, 44, 30, 30, 60));

        InkMeasurements digit = InkMeasurements.ofMnist(mnist(seven));

        assertEquals(20, digit.height(), 1);
        assertTrue(digit.width() < digit.height(), "keeps the aspect ratio");
        assertEquals(14, digit.centreX(), 1);
        assertEquals(14, digit.centreY(), 1);
    }

    @Test
    void aThinAndAFatPenGiveAboutTheSameMnistStroke() {
        InkMeasurements thin = InkMeasurements.ofMnist(mnist(List.of(uprightOne(2f))));
        InkMeasurements fat = InkMeasurements.ofMnist(mnist(List.of(uprightOne(60f))));

        double thinWidth = thin.inkPerRow();
        double fatWidth = fat.inkPerRow();
        System.out.printf("stroke width at 28x28: 2 px pen %.2f, 60 px pen %.2f%n", thinWidth, fatWidth);
        assertTrue(thinWidth >= 1.5 && thinWidth <= 4, "thin pen width " + thinWidth);
        assertTrue(fatWidth >= 1.5 && fatWidth <= 4, "fat pen width " + fatWidth);
        assertTrue(Math.abs(thinWidth - fatWidth) / Math.min(thinWidth, fatWidth) < 0.4,
                "widths " + thinWidth + " and " + fatWidth);
    }

    @Test
    void aOneStaysNarrow() {
        for (float pen : new float[] {2f, 20f, 60f}) {
            InkMeasurements one = InkMeasurements.ofMnist(mnist(List.of(uprightOne(pen))));

            assertTrue(one.width() < 10, "pen " + pen + " gave width " + one.width());
            assertEquals(20, one.height(), 1);
        }
    }

    @Test
    void aWideDigitFillsTheBoxAcross() {
        InkMeasurements dash = InkMeasurements.ofMnist(mnist(List.of(Stroke.of(12f, 100, 300, 460, 300))));

        assertEquals(20, dash.width(), 1);
        assertTrue(dash.height() <= 4, "height " + dash.height());
    }

    @Test
    void nothingDrawnGivesNoImage() {
        assertEquals(Optional.empty(), MnistPreprocessor.toMnist(List.of(), CANVAS, CANVAS));
        assertEquals(Optional.empty(), MnistPreprocessor.toMnist(blank(CANVAS, 0f)));
        assertEquals(Optional.empty(), MnistPreprocessor.toMnist(blank(CANVAS, 0.05f)), "faint haze only");
    }

    @Test
    void aFewStrayPixelsGiveNoImage() {
        GrayImage specks = blank(CANVAS, 0f);
        specks.pixels()[100 * CANVAS + 100] = 1f;
        specks.pixels()[300 * CANVAS + 50] = 1f;
        specks.pixels()[300 * CANVAS + 51] = 1f;

        assertEquals(Optional.empty(), MnistPreprocessor.toMnist(specks));
    }

    @Test
    void faintNoiseAndAnIsolatedSpeckDoNotMoveTheDigit() {
        List<Stroke> seven = List.of(Stroke.of(16f, 200, 150, 380, 150, 260, 420));
        GrayImage clean = StrokeRasterizer.render(seven, CANVAS, CANVAS);
        float[] noisy = clean.pixels().clone();
        Random random = new Random(7);
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = Math.min(1f, noisy[i] + random.nextFloat() * 0.09f);
        }
        noisy[550 * CANVAS + 550] = 1f;

        float[] expected = MnistPreprocessor.toMnist(clean).orElseThrow();
        float[] actual = MnistPreprocessor.toMnist(new GrayImage(CANVAS, CANVAS, noisy)).orElseThrow();

        assertTrue(maxDifference(expected, actual) < 0.15, "difference " + maxDifference(expected, actual));
    }

    @Test
    void aTapGivesACentredDot() {
        InkMeasurements dot = InkMeasurements.ofMnist(mnist(List.of(Stroke.of(20f, 400, 100))));

        assertTrue(dot.width() <= 4 && dot.height() <= 4, "a dot, not a blown-up blob");
        assertEquals(14, dot.centreX(), 1);
        assertEquals(14, dot.centreY(), 1);
    }

    @Test
    void theOutputIsAnMnistImage() {
        float[] image = mnist(List.of(Stroke.of(30f, 100, 100, 450, 120, 200, 480, 470, 470)));

        assertEquals(784, image.length);
        for (float value : image) {
            assertTrue(value >= 0f && value <= 1f, "value " + value);
        }
        assertEquals(1f, max(image), 1e-6, "strokes have a fully inked core");
    }

    @Test
    void darkOnLightAndLightOnDarkPicturesGiveTheSameDigit() {
        float[] darkInk = MnistPreprocessor.toMnist(GrayImage.fromBufferedImage(
                drawFour(BufferedImage.TYPE_INT_RGB, Color.WHITE, Color.BLACK))).orElseThrow();
        float[] lightInk = MnistPreprocessor.toMnist(GrayImage.fromBufferedImage(
                drawFour(BufferedImage.TYPE_INT_RGB, new Color(15, 15, 40), new Color(250, 250, 210)))).orElseThrow();

        assertTrue(maxDifference(darkInk, lightInk) < 0.1, "difference " + maxDifference(darkInk, lightInk));
    }

    @Test
    void aTransparentPngGivesTheSameDigitAsAnOpaqueOne() throws IOException {
        float[] opaque = MnistPreprocessor.toMnist(GrayImage.fromBufferedImage(
                drawFour(BufferedImage.TYPE_INT_RGB, Color.WHITE, Color.BLACK))).orElseThrow();
        Path file = folder.resolve("four.png");
        ImageIO.write(drawFour(BufferedImage.TYPE_INT_ARGB, new Color(0, 0, 0, 0), Color.BLACK), "png", file.toFile());

        float[] transparent = MnistPreprocessor.toMnist(GrayImage.read(file)).orElseThrow();

        assertTrue(maxDifference(opaque, transparent) < 0.1, "difference " + maxDifference(opaque, transparent));
    }

    @Test
    void aCanvasIsPreprocessedInAFewMilliseconds() {
        List<Stroke> four = List.of(
                Stroke.of(18f, 150, 80, 140, 200, 120, 330, 400, 330),
                Stroke.of(18f, 330, 90, 335, 250, 330, 400, 325, 490));
        GrayImage canvas = StrokeRasterizer.render(four, CANVAS, CANVAS);
        // Java2D's rasterizer is several times slower until the JIT has compiled it.
        for (int i = 0; i < 150; i++) {
            MnistPreprocessor.toMnist(four, CANVAS, CANVAS);
        }

        double withDrawing = medianMillis(() -> MnistPreprocessor.toMnist(four, CANVAS, CANVAS));
        double preprocessingOnly = medianMillis(() -> MnistPreprocessor.toMnist(canvas));

        System.out.printf("560x560 canvas: %.2f ms with rasterizing, %.2f ms preprocessing only%n",
                withDrawing, preprocessingOnly);
        // A sanity bound only: shared build machines are slow and noisy; the real figure is printed above.
        assertTrue(withDrawing < 100, "took " + withDrawing + " ms");
    }

    private static Stroke uprightOne(float pen) {
        return Stroke.of(pen, 280, 80, 282, 280, 284, 480);
    }

    private static float[] mnist(List<Stroke> strokes) {
        return MnistPreprocessor.toMnist(strokes, CANVAS, CANVAS).orElseThrow();
    }

    private static GrayImage blank(int side, float level) {
        float[] pixels = new float[side * side];
        Arrays.fill(pixels, level);
        return new GrayImage(side, side, pixels);
    }

    /** A hand-made "4" on a 200x240 picture, as a scan or a screenshot would bring it. */
    private static BufferedImage drawFour(int type, Color paper, Color ink) {
        BufferedImage picture = new BufferedImage(200, 240, type);
        Graphics2D graphics = picture.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setComposite(AlphaComposite.Src);
        graphics.setColor(paper);
        graphics.fillRect(0, 0, 200, 240);
        graphics.setColor(ink);
        graphics.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.drawPolyline(new int[] {70, 45, 150}, new int[] {40, 150, 150}, 3);
        graphics.drawLine(125, 60, 120, 205);
        graphics.dispose();
        return picture;
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static float max(float[] values) {
        float max = 0;
        for (float value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static double medianMillis(Runnable task) {
        double[] millis = new double[31];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            task.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }
}
