package studio.adder.preprocess;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * Draws canvas strokes as white, anti-aliased ink on black with Java2D, so that drawings take the same
 * path through preprocessing as image files do.
 */
public final class StrokeRasterizer {

    private StrokeRasterizer() {
    }

    /**
     * Renders the strokes onto a {@code width x height} black canvas.
     *
     * @return the ink map, 1 where the pen fully covered a pixel
     */
    public static GrayImage render(List<Stroke> strokes, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Canvas size must be positive, got " + width + "x" + height);
        }
        // A gray raster holds exactly the ink value we need, with no colour channels to collapse afterwards.
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = canvas.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // Pure stroke control keeps sub-pixel positions exact instead of snapping lines to pixel centres.
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setColor(Color.WHITE);
            for (Stroke stroke : strokes) {
                draw(graphics, stroke);
            }
        } finally {
            graphics.dispose();
        }
        byte[] bytes = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        float[] ink = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ink[i] = (bytes[i] & 0xFF) / 255f;
        }
        return new GrayImage(width, height, ink);
    }

    private static void draw(Graphics2D graphics, Stroke stroke) {
        List<StrokePoint> points = stroke.points();
        if (points.stream().distinct().count() == 1) {
            // A tap leaves a round dot the size of the pen, as a real pen would; a zero-length path may not.
            StrokePoint dot = points.get(0);
            double radius = stroke.width() / 2.0;
            graphics.fill(new Ellipse2D.Double(dot.x() - radius, dot.y() - radius, 2 * radius, 2 * radius));
            return;
        }
        graphics.setStroke(new BasicStroke(stroke.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(smoothPath(points));
    }

    /**
     * Joins the sampled points with quadratic curves that use each point as the control point and pass
     * through the midpoints between neighbours, which hides the corners of coarse mouse sampling.
     */
    static Path2D smoothPath(List<StrokePoint> points) {
        Path2D.Double path = new Path2D.Double();
        StrokePoint first = points.get(0);
        path.moveTo(first.x(), first.y());
        for (int i = 1; i < points.size() - 1; i++) {
            StrokePoint control = points.get(i);
            StrokePoint next = points.get(i + 1);
            path.quadTo(control.x(), control.y(), (control.x() + next.x()) / 2, (control.y() + next.y()) / 2);
        }
        StrokePoint last = points.get(points.size() - 1);
        path.lineTo(last.x(), last.y());
        return path;
    }
}
