package studio.adder.preprocess;

/** Measurements taken on a square row-major ink image, for assertions about size, position and thickness. */
record InkMeasurements(int left, int top, int right, int bottom, double inkSum, double centreX, double centreY) {

    /** Ink fainter than this is anti-aliasing fringe and does not widen the measured box. */
    static final float VISIBLE = 0.1f;

    static InkMeasurements of(float[] pixels, int side) {
        int left = side;
        int top = side;
        int right = -1;
        int bottom = -1;
        double sum = 0;
        double sumX = 0;
        double sumY = 0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                float value = pixels[y * side + x];
                sum += value;
                sumX += value * x;
                sumY += value * y;
                if (value > VISIBLE) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new InkMeasurements(left, top, right, bottom, sum, sumX / sum, sumY / sum);
    }

    /** Measures a 28x28 MNIST image. */
    static InkMeasurements ofMnist(float[] pixels) {
        return of(pixels, 28);
    }

    int width() {
        return right - left + 1;
    }

    int height() {
        return bottom - top + 1;
    }

    /** Average ink per row: the stroke width of an upright stroke such as a "1". */
    double inkPerRow() {
        return inkSum / height();
    }
}
