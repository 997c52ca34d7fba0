package studio.adder.export.web;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The five sample pictures of {@code assets/samples}, as the web page carries them: gray and at
 * most {@value #LONG_SIDE} pixels on the longer side, which keeps them at about 10 KB each while
 * their strokes stay several pixels wide.
 */
final class SamplePictures {

    /** Longer side of a sample in the page, in pixels. */
    static final int LONG_SIDE = 160;

    /** The samples in the page's order: file name and the digit it shows. */
    private static final List<String> FILES = List.of(
            "three-pencil.png", "four-blue-pen.png", "five-marker.png", "seven-chalk.png", "eight-felt-tip.png");
    private static final List<String> DIGIT_NAMES = List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

    /**
     * One sample picture.
     *
     * @param file  its file name in {@code assets/samples}
     * @param label the digit it shows
     * @param png   the page's gray version, as PNG bytes
     */
    record Sample(String file, int label, byte[] png) {}

    private SamplePictures() {}

    static List<Sample> load() {
        return FILES.stream().map(file -> new Sample(file, labelOf(file),
                grayPng(WebRuntime.bytes("samples/" + file)))).toList();
    }

    /** The digit a sample's name begins with: {@code three-pencil.png} shows a 3. */
    static int labelOf(String file) {
        return DIGIT_NAMES.indexOf(file.substring(0, file.indexOf('-')));
    }

    /**
     * Gray by the luminance weights the app's ink extraction uses, then shrunk by averaging each
     * output pixel's whole source area, so thin strokes fade a little instead of breaking.
     */
    static byte[] grayPng(byte[] picture) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(picture));
            int width = source.getWidth();
            int height = source.getHeight();
            double scale = Math.min(1.0, (double) LONG_SIDE / Math.max(width, height));
            int outWidth = Math.max(1, (int) Math.round(width * scale));
            int outHeight = Math.max(1, (int) Math.round(height * scale));
            double[] sum = new double[outWidth * outHeight];
            int[] count = new int[sum.length];
            for (int y = 0; y < height; y++) {
                int outY = Math.min(outHeight - 1, (int) (y * scale));
                for (int x = 0; x < width; x++) {
                    int rgb = source.getRGB(x, y);
                    int outIndex = outY * outWidth + Math.min(outWidth - 1, (int) (x * scale));
                    sum[outIndex] += 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                    count[outIndex]++;
                }
            }
            BufferedImage gray = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_BYTE_GRAY);
            WritableRaster raster = gray.getRaster();
            for (int i = 0; i < sum.length; i++) {
                raster.setSample(i % outWidth, i / outWidth, 0, (int) Math.round(sum[i] / Math.max(1, count[i])));
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(gray, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A bundled sample picture could not be read", e);
        }
    }
}
