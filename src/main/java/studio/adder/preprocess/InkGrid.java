package studio.adder.preprocess;

/**
 * A small black-and-white working copy of the digit, at a fixed resolution, with an empty one-cell margin
 * so that neighbourhood operations never need bounds checks.
 */
final class InkGrid {

    final int width;
    final int height;
    final boolean[] cells;

    InkGrid(int width, int height) {
        this.width = width;
        this.height = height;
        this.cells = new boolean[width * height];
    }

    boolean get(int x, int y) {
        return cells[y * width + x];
    }

    void set(int x, int y, boolean ink) {
        cells[y * width + x] = ink;
    }

    boolean isEmpty() {
        for (boolean cell : cells) {
            if (cell) {
                return false;
            }
        }
        return true;
    }

    InkGrid copy() {
        InkGrid copy = new InkGrid(width, height);
        System.arraycopy(cells, 0, copy.cells, 0, cells.length);
        return copy;
    }

    /**
     * Resamples the ink inside {@code bounds} so that its longer side spans {@code longSide} cells, keeping
     * the aspect ratio.
     *
     * <p>Shrinking marks a cell as ink when any source pixel in it is ink, rather than averaging: averaging
     * would fade a hair-thin pen stroke below the threshold and break it apart. Enlarging samples bilinearly
     * at each cell centre, which keeps curves round instead of blocky.
     */
    static InkGrid sample(GrayImage image, InkBounds bounds, int longSide) {
        double cellsPerPixel = (double) longSide / Math.max(bounds.width(), bounds.height());
        int innerWidth = Math.max(1, (int) Math.round(bounds.width() * cellsPerPixel));
        int innerHeight = Math.max(1, (int) Math.round(bounds.height() * cellsPerPixel));
        InkGrid grid = new InkGrid(innerWidth + 2, innerHeight + 2);
        if (cellsPerPixel <= 1) {
            grid.poolFrom(image, bounds, cellsPerPixel, innerWidth, innerHeight);
        } else {
            grid.interpolateFrom(image, bounds, cellsPerPixel, innerWidth, innerHeight);
        }
        return grid;
    }

    private void poolFrom(GrayImage image, InkBounds bounds, double cellsPerPixel, int innerWidth, int innerHeight) {
        float[] pixels = image.pixels();
        for (int y = bounds.top(); y <= bounds.bottom(); y++) {
            int cellY = 1 + Math.min(innerHeight - 1, (int) ((y - bounds.top()) * cellsPerPixel));
            int row = y * image.width();
            for (int x = bounds.left(); x <= bounds.right(); x++) {
                if (pixels[row + x] >= bounds.threshold()) {
                    int cellX = 1 + Math.min(innerWidth - 1, (int) ((x - bounds.left()) * cellsPerPixel));
                    cells[cellY * width + cellX] = true;
                }
            }
        }
    }

    private void interpolateFrom(
            GrayImage image, InkBounds bounds, double cellsPerPixel, int innerWidth, int innerHeight) {
        for (int cellY = 0; cellY < innerHeight; cellY++) {
            double sourceY = bounds.top() + (cellY + 0.5) / cellsPerPixel - 0.5;
            for (int cellX = 0; cellX < innerWidth; cellX++) {
                double sourceX = bounds.left() + (cellX + 0.5) / cellsPerPixel - 0.5;
                cells[(cellY + 1) * width + cellX + 1] = bilinear(image, sourceX, sourceY) >= bounds.threshold();
            }
        }
    }

    private static double bilinear(GrayImage image, double x, double y) {
        int x0 = clamp((int) Math.floor(x), image.width() - 1);
        int y0 = clamp((int) Math.floor(y), image.height() - 1);
        int x1 = Math.min(x0 + 1, image.width() - 1);
        int y1 = Math.min(y0 + 1, image.height() - 1);
        double fx = Math.min(1, Math.max(0, x - x0));
        double fy = Math.min(1, Math.max(0, y - y0));
        double upper = image.ink(x0, y0) * (1 - fx) + image.ink(x1, y0) * fx;
        double lower = image.ink(x0, y1) * (1 - fx) + image.ink(x1, y1) * fx;
        return upper * (1 - fy) + lower * fy;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
