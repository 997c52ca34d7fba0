package studio.adder.preprocess;

/**
 * Redraws a digit's centre lines with a round pen of fixed width into the final square image, scaled so the
 * digit fills the MNIST box and shifted so its centre of mass lands on the image centre.
 *
 * <p>Drawing happens on a finer sub-pixel lattice which is then averaged down, giving the soft, anti-aliased
 * edges that MNIST digits have.
 */
final class SkeletonRedrawer {

    /** Sub-pixels per output pixel along each axis; 4 gives 17 gray levels, plenty for 8-bit MNIST. */
    private static final int SUPERSAMPLING = 4;

    private SkeletonRedrawer() {
    }

    /**
     * @param skeleton  centre lines; cells of the grid are the unit of the input coordinates
     * @param penWidth  stroke width in output pixels
     * @param boxSide   the longer side of the drawn digit, pen included, in output pixels
     * @param imageSide side of the square output image in pixels
     * @return {@code imageSide * imageSide} ink values in 0..1, row-major
     */
    static float[] redraw(InkGrid skeleton, float penWidth, int boxSide, int imageSide) {
        CellBounds cells = CellBounds.of(skeleton);
        int extent = Math.max(cells.maxX - cells.minX, cells.maxY - cells.minY);
        // The pen adds half its width beyond each end of the centre line, so the lines get the rest of the box.
        double pixelsPerCell = extent == 0 ? 0 : (boxSide - penWidth) / extent;
        double subPerCell = pixelsPerCell * SUPERSAMPLING;
        double radius = penWidth * SUPERSAMPLING / 2.0;
        int boxWidth = (int) Math.ceil((cells.maxX - cells.minX) * subPerCell + 2 * radius);
        int boxHeight = (int) Math.ceil((cells.maxY - cells.minY) * subPerCell + 2 * radius);
        boolean[] box = new boolean[boxWidth * boxHeight];
        for (int y = cells.minY; y <= cells.maxY; y++) {
            for (int x = cells.minX; x <= cells.maxX; x++) {
                if (skeleton.get(x, y)) {
                    stampDisc(box, boxWidth, boxHeight,
                            radius + (x - cells.minX) * subPerCell, radius + (y - cells.minY) * subPerCell, radius);
                }
            }
        }
        return placeByCentreOfMass(box, boxWidth, boxHeight, imageSide);
    }

    private static void stampDisc(boolean[] box, int width, int height, double centreX, double centreY, double r) {
        int fromY = Math.max(0, (int) Math.floor(centreY - r));
        int toY = Math.min(height - 1, (int) Math.ceil(centreY + r));
        int fromX = Math.max(0, (int) Math.floor(centreX - r));
        int toX = Math.min(width - 1, (int) Math.ceil(centreX + r));
        double rSquared = r * r;
        for (int y = fromY; y <= toY; y++) {
            double dy = y + 0.5 - centreY;
            for (int x = fromX; x <= toX; x++) {
                double dx = x + 0.5 - centreX;
                if (dx * dx + dy * dy <= rSquared) {
                    box[y * width + x] = true;
                }
            }
        }
    }

    /**
     * Puts the sub-pixel drawing into the output so that its centre of mass falls on pixel
     * {@code (imageSide / 2, imageSide / 2)}, as MNIST did, without letting any ink fall off the edge.
     */
    private static float[] placeByCentreOfMass(boolean[] box, int boxWidth, int boxHeight, int imageSide) {
        double sumX = 0;
        double sumY = 0;
        int mass = 0;
        for (int y = 0; y < boxHeight; y++) {
            for (int x = 0; x < boxWidth; x++) {
                if (box[y * boxWidth + x]) {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    mass++;
                }
            }
        }
        // Pixel index c covers [c, c + 1) in continuous coordinates; its centre is c + 0.5. Shifts are whole
        // output pixels, as in MNIST, so a 20-pixel digit covers exactly 20 pixel rows instead of smearing into 21.
        double target = imageSide / 2 + 0.5;
        int offsetX = SUPERSAMPLING * clamp(
                (int) Math.round(target - sumX / mass / SUPERSAMPLING), imageSide - pixelsSpanned(boxWidth));
        int offsetY = SUPERSAMPLING * clamp(
                (int) Math.round(target - sumY / mass / SUPERSAMPLING), imageSide - pixelsSpanned(boxHeight));
        float[] image = new float[imageSide * imageSide];
        float share = 1f / (SUPERSAMPLING * SUPERSAMPLING);
        for (int y = 0; y < boxHeight; y++) {
            int row = (y + offsetY) / SUPERSAMPLING * imageSide;
            for (int x = 0; x < boxWidth; x++) {
                if (box[y * boxWidth + x]) {
                    image[row + (x + offsetX) / SUPERSAMPLING] += share;
                }
            }
        }
        return image;
    }

    private static int pixelsSpanned(int subPixels) {
        return (subPixels + SUPERSAMPLING - 1) / SUPERSAMPLING;
    }

    private static int clamp(int offset, int max) {
        return Math.max(0, Math.min(max, offset));
    }

    /** The smallest rectangle of cells holding all the ink of a grid. */
    private record CellBounds(int minX, int minY, int maxX, int maxY) {

        static CellBounds of(InkGrid grid) {
            int minX = grid.width;
            int minY = grid.height;
            int maxX = -1;
            int maxY = -1;
            for (int y = 0; y < grid.height; y++) {
                for (int x = 0; x < grid.width; x++) {
                    if (grid.get(x, y)) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            return new CellBounds(minX, minY, maxX, maxY);
        }
    }
}
