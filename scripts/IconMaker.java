import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws Adder Studio's icon at every size the window, the launcher and the desktop entry use:
 * a dark tile with a hand-drawn white "2" (white ink on black, like MNIST) and an orange "+" badge.
 * The drawing is vector (Java2D paths on a 256-unit grid), so each size is rendered, not scaled.
 *
 * <p>Run from the repository root: {@code java scripts/IconMaker.java assets/icon}
 */
public final class IconMaker {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "assets/icon");
        if (!folder.isDirectory() && !folder.mkdirs()) {
            throw new IOException("Cannot create " + folder);
        }
        for (int size : SIZES) {
            File target = new File(folder, "adder-studio-" + size + ".png");
            ImageIO.write(draw(size), "png", target);
            System.out.println("wrote " + target);
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 256.0, size / 256.0);

        // The tile: a little inset so the rounded corners are not clipped by desktop masks.
        g.setPaint(new GradientPaint(0, 8, new Color(0x2B4162), 0, 248, new Color(0x111A27)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // The digit: one pen stroke, the way a user draws a "2" in the drawing tab.
        Path2D.Double two = new Path2D.Double();
        two.moveTo(58, 92);
        two.curveTo(66, 46, 146, 40, 152, 90);
        two.curveTo(156, 124, 108, 150, 62, 196);
        two.lineTo(160, 190);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(size < 32 ? 30 : 24, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(two);

        // The badge: "+ a number", the second head's job.
        g.setColor(new Color(0xF59E0B));
        g.fill(new Ellipse2D.Double(142, 134, 96, 96));
        g.setColor(new Color(0x111A27));
        g.setStroke(new BasicStroke(size < 32 ? 22 : 16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(190, 158, 190, 206);
        g.drawLine(166, 182, 214, 182);
        g.dispose();
        return image;
    }
}
