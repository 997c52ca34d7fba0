package studio.adder.explain;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import studio.adder.util.AtomicFiles;

/**
 * Writes an explanation as PNG pictures: the input, the saliency as a heat overlay on it, and one sheet of tiles
 * per layer. Each file is written atomically.
 */
public final class ExplainPictures {

    private static final int INPUT_SCALE = 10;
    private static final int TILE_GAP = 2;

    private ExplainPictures() {}

    /** Writes the pictures into {@code folder} (created if missing) and returns the files written. */
    public static List<Path> write(Explanation explanation, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(png(folder.resolve("input.png"), scaled(grey(explanation.input(), 28, 28), INPUT_SCALE)));
        written.add(png(folder.resolve("saliency.png"),
                scaled(heat(explanation.input(), explanation.saliency().map()), INPUT_SCALE)));
        List<LayerOutput> layers = explanation.layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerOutput layer = layers.get(i);
            String name = String.format(Locale.ROOT, "layer-%02d-%s.png", i + 1, layer.name().replace(' ', '-'));
            written.add(png(folder.resolve(name), sheet(layer)));
        }
        return written;
    }

    /** One layer's channels side by side, each scaled to its own range; a vector becomes one row of cells. */
    static BufferedImage sheet(LayerOutput layer) {
        if (!layer.isMaps()) {
            return scaled(grey(stretched(layer.values()), layer.channels(), 1), 12);
        }
        int height = layer.shape()[1];
        int width = layer.shape()[2];
        int scale = Math.max(1, 56 / Math.max(height, width));
        int columns = (int) Math.ceil(Math.sqrt(layer.channels()));
        int rows = (layer.channels() + columns - 1) / columns;
        int tileWidth = width * scale + TILE_GAP;
        int tileHeight = height * scale + TILE_GAP;
        BufferedImage sheet = new BufferedImage(columns * tileWidth, rows * tileHeight, BufferedImage.TYPE_INT_RGB);
        for (int c = 0; c < layer.channels(); c++) {
            BufferedImage tile = scaled(grey(stretched(layer.channel(c)), width, height), scale);
            sheet.getGraphics().drawImage(tile, (c % columns) * tileWidth, (c / columns) * tileHeight, null);
        }
        return sheet;
    }

    /** Values mapped to 0..1 by their own minimum and maximum (all zero when flat). */
    public static float[] stretched(float[] values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        float[] out = new float[values.length];
        if (max > min) {
            for (int i = 0; i < values.length; i++) {
                out[i] = (values[i] - min) / (max - min);
            }
        }
        return out;
    }

    private static BufferedImage grey(float[] values, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < width * height; i++) {
            int level = Math.round(255 * Math.max(0, Math.min(1, values[i])));
            image.setRGB(i % width, i / width, level << 16 | level << 8 | level);
        }
        return image;
    }

    /** The input in grey with the saliency laid over it in red to yellow. */
    private static BufferedImage heat(float[] input, float[] saliency) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 784; i++) {
            float heat = saliency[i];
            float grey = 0.45f * input[i];
            int red = Math.round(255 * Math.min(1, grey + heat));
            int green = Math.round(255 * Math.min(1, grey + heat * heat));
            int blue = Math.round(255 * grey);
            image.setRGB(i % 28, i / 28, red << 16 | green << 8 | blue);
        }
        return image;
    }

    private static BufferedImage scaled(BufferedImage image, int scale) {
        BufferedImage out = new BufferedImage(image.getWidth() * scale, image.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getRGB(x / scale, y / scale));
            }
        }
        return out;
    }

    private static Path png(Path file, BufferedImage image) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer in this Java");
            }
        });
        return file;
    }
}
