package studio.adder.preprocess;

import java.util.Optional;

/**
 * The box around the ink that counts, with the ink level used to decide what counts.
 *
 * @param left      first ink column
 * @param top       first ink row
 * @param right     last ink column, inclusive
 * @param bottom    last ink row, inclusive
 * @param threshold ink value at or above which a pixel is ink
 */
record InkBounds(int left, int top, int right, int bottom, float threshold) {

    /** Below this nothing is ink at all: sensor noise, paper grain, JPEG ringing. */
    static final float NOISE_FLOOR = 0.1f;

    /** Share of the darkest ink that a pixel needs, so that faint smudges next to bold strokes are dropped. */
    static final float RELATIVE_THRESHOLD = 0.35f;

    /** Fewer qualifying pixels than this is a stray speck, not a drawing. */
    static final int MIN_INK_PIXELS = 6;

    int width() {
        return right - left + 1;
    }

    int height() {
        return bottom - top + 1;
    }

    /**
     * Finds the ink box, or nothing when the image holds no real ink. A pixel only counts when a neighbour
     * is ink too, so that isolated specks far from the digit cannot stretch the box.
     */
    static Optional<InkBounds> find(GrayImage image) {
        float strongest = 0;
        for (float value : image.pixels()) {
            strongest = Math.max(strongest, value);
        }
        if (strongest < NOISE_FLOOR) {
            return Optional.empty();
        }
        float threshold = Math.max(NOISE_FLOOR, RELATIVE_THRESHOLD * strongest);
        int width = image.width();
        int height = image.height();
        float[] pixels = image.pixels();
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        int count = 0;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (pixels[row + x] >= threshold && hasInkNeighbour(image, x, y, threshold)) {
                    count++;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (count < MIN_INK_PIXELS) {
            return Optional.empty();
        }
        return Optional.of(new InkBounds(left, top, right, bottom, threshold));
    }

    private static boolean hasInkNeighbour(GrayImage image, int x, int y, float threshold) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                boolean inside = nx >= 0 && ny >= 0 && nx < image.width() && ny < image.height();
                if ((dx != 0 || dy != 0) && inside && image.ink(nx, ny) >= threshold) {
                    return true;
                }
            }
        }
        return false;
    }
}
