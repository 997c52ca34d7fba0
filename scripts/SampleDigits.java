import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the sample digit pictures in assets/samples, the ones a first user opens with "Open image":
 * pen strokes on a 100-unit grid, rendered like a photo of paper (dark ink on light, a little
 * grain, a slant) or chalk on a board (light on dark), at sizes unlike MNIST's 28x28.
 *
 * <p>Run from the repository root: {@code java scripts/SampleDigits.java assets/samples}
 */
public final class SampleDigits {

    private record Sample(String name, Path2D strokes, int width, int height, boolean chalk, double slant,
                          Color ink, float pen) {}

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "assets/samples");
        if (!folder.isDirectory() && !folder.mkdirs()) {
            throw new IOException("Cannot create " + folder);
        }
        Sample[] samples = {
            new Sample("three-pencil.png", three(), 320, 320, false, 0.08, new Color(0x303030), 7f),
            new Sample("four-blue-pen.png", four(), 400, 300, false, -0.05, new Color(0x1F3A93), 5f),
            new Sample("five-marker.png", five(), 256, 256, false, 0.12, Color.BLACK, 11f),
            new Sample("seven-chalk.png", seven(), 360, 360, true, 0.0, new Color(0xF2F2EA), 9f),
            new Sample("eight-felt-tip.png", eight(), 300, 400, false, -0.1, new Color(0x8B1A1A), 8f),
        };
        for (Sample sample : samples) {
            File target = new File(folder, sample.name());
            ImageIO.write(render(sample, new Random(sample.name().hashCode())), "png", target);
            System.out.println("wrote " + target);
        }
    }

    private static BufferedImage render(Sample sample, Random random) {
        BufferedImage image = new BufferedImage(sample.width(), sample.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // The background: paper or board, with a little grain so it is not a clean synthetic image.
        Color base = sample.chalk() ? new Color(0x26352B) : new Color(0xF7F4EC);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grain = (int) Math.round(random.nextGaussian() * 4);
                image.setRGB(x, y, new Color(clamp(base.getRed() + grain), clamp(base.getGreen() + grain),
                        clamp(base.getBlue() + grain)).getRGB());
            }
        }
        // The digit fills about 60% of the shorter side, centred, slanted like handwriting.
        double side = Math.min(image.getWidth(), image.getHeight()) * 0.6;
        AffineTransform place = new AffineTransform();
        place.translate((image.getWidth() - side) / 2, (image.getHeight() - side) / 2);
        place.scale(side / 100, side / 100);
        place.shear(-sample.slant(), 0);
        place.translate(sample.slant() * 50, 0);
        g.setColor(sample.ink());
        g.setStroke(new BasicStroke((float) (sample.pen() * side / 200), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(place.createTransformedShape(sample.strokes()));
        g.dispose();
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static Path2D three() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(28, 22);
        p.curveTo(45, 4, 80, 14, 70, 36);
        p.curveTo(65, 47, 54, 50, 44, 50);
        p.curveTo(74, 50, 84, 70, 72, 84);
        p.curveTo(60, 97, 36, 94, 25, 82);
        return p;
    }

    private static Path2D four() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(58, 10);
        p.lineTo(22, 64);
        p.lineTo(82, 63);
        p.moveTo(62, 34);
        p.lineTo(60, 92);
        return p;
    }

    private static Path2D five() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(74, 14);
        p.lineTo(36, 15);
        p.lineTo(31, 47);
        p.curveTo(52, 37, 79, 45, 77, 68);
        p.curveTo(75, 90, 46, 96, 26, 82);
        return p;
    }

    private static Path2D seven() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(24, 18);
        p.lineTo(78, 17);
        p.curveTo(66, 40, 53, 64, 45, 92);
        return p;
    }

    private static Path2D eight() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(50, 50);
        p.curveTo(22, 41, 26, 11, 50, 11);
        p.curveTo(74, 11, 78, 40, 50, 50);
        p.curveTo(20, 60, 23, 91, 50, 91);
        p.curveTo(77, 91, 80, 60, 50, 50);
        return p;
    }
}
