package studio.adder.preprocess;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * Turns a decoded picture of any colour layout into ink values (0 = paper, 1 = ink) by way of luminance,
 * transparency compositing and paper-colour detection.
 */
final class InkExtractor {

    private InkExtractor() {
    }

    static float[] extract(BufferedImage image) {
        float[] luminance = isPlainGray(image) ? grayLuminance(image) : colourLuminance(image);
        float paper = borderMedian(luminance, image.getWidth(), image.getHeight());
        return luminanceToInk(luminance, paper);
    }

    private static boolean isPlainGray(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY || image.getType() == BufferedImage.TYPE_USHORT_GRAY;
    }

    /**
     * Reads gray samples straight from the raster: {@code getRGB} would treat them as linear light and
     * brighten every mid-tone on the way to sRGB.
     */
    private static float[] grayLuminance(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        float max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        int[] samples = raster.getSamples(0, 0, width, height, 0, (int[]) null);
        float[] luminance = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            luminance[i] = samples[i] / max;
        }
        return luminance;
    }

    private static float[] colourLuminance(BufferedImage image) {
        int width = image.getWidth();
        int[] argb = image.getRGB(0, 0, width, image.getHeight(), null, 0, width);
        float[] luminance = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            luminance[i] = luminance(argb[i]);
        }
        if (image.getColorModel().hasAlpha()) {
            compositeOnContrastingMatte(argb, luminance);
        }
        return luminance;
    }

    /**
     * Transparent pixels are paper, but their stored colour is arbitrary (often black), so the matte we
     * composite on must contrast with what is actually visible: dark visible ink goes on white, light on black.
     */
    private static void compositeOnContrastingMatte(int[] argb, float[] luminance) {
        double visibleLuminance = 0;
        double visibleWeight = 0;
        for (int i = 0; i < argb.length; i++) {
            float alpha = (argb[i] >>> 24) / 255f;
            visibleLuminance += alpha * luminance[i];
            visibleWeight += alpha;
        }
        float matte = visibleWeight > 0 && visibleLuminance / visibleWeight < 0.5 ? 1f : 0f;
        for (int i = 0; i < argb.length; i++) {
            float alpha = (argb[i] >>> 24) / 255f;
            luminance[i] = alpha * luminance[i] + (1 - alpha) * matte;
        }
    }

    private static float luminance(int argb) {
        int red = (argb >> 16) & 0xFF;
        int green = (argb >> 8) & 0xFF;
        int blue = argb & 0xFF;
        return (0.299f * red + 0.587f * green + 0.114f * blue) / 255f;
    }

    /** A digit rarely covers most of the picture's edge, so the edge's median is the paper colour. */
    static float borderMedian(float[] luminance, int width, int height) {
        float[] border = new float[2 * (width + height)];
        int next = 0;
        for (int x = 0; x < width; x++) {
            border[next++] = luminance[x];
            if (height > 1) {
                border[next++] = luminance[(height - 1) * width + x];
            }
        }
        for (int y = 1; y < height - 1; y++) {
            border[next++] = luminance[y * width];
            if (width > 1) {
                border[next++] = luminance[y * width + width - 1];
            }
        }
        Arrays.sort(border, 0, next);
        return border[next / 2];
    }

    /** Measures ink as the distance from the paper colour, stretched so that the far extreme is full ink. */
    private static float[] luminanceToInk(float[] luminance, float paper) {
        boolean lightPaper = paper >= 0.5f;
        float range = lightPaper ? paper : 1 - paper;
        float[] ink = new float[luminance.length];
        for (int i = 0; i < luminance.length; i++) {
            float distance = lightPaper ? paper - luminance[i] : luminance[i] - paper;
            ink[i] = Math.min(1f, Math.max(0f, distance / range));
        }
        return ink;
    }
}
