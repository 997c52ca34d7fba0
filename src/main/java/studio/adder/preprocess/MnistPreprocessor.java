package studio.adder.preprocess;

import java.util.List;
import java.util.Optional;

/**
 * Turns a drawing or a picture of a digit into the 28x28 input an MNIST-trained model expects, following the
 * recipe MNIST itself was made with: crop to the ink, fit the longer side into 20 pixels keeping the aspect
 * ratio, anti-alias, and centre the ink's centre of mass in the 28x28 frame.
 *
 * <p>One step is added: the stroke width is normalised. A model trained on MNIST has only ever seen strokes
 * about 2.5 pixels wide, so a hair-thin pen or a fat marker, drawn tiny or huge, would otherwise look alien to it.
 */
public final class MnistPreprocessor {

    /** Side of the square MNIST image. */
    public static final int IMAGE_SIDE = 28;

    /** Number of values in one MNIST image. */
    public static final int IMAGE_PIXELS = IMAGE_SIDE * IMAGE_SIDE;

    /** The digit's longer side, pen included, as in MNIST. */
    public static final int DIGIT_BOX_SIDE = 20;

    /**
     * Pen width in output pixels. Calibrated on the MNIST t10k images: their ink area per pixel of centre line
     * has a median of 2.69, and running those same images through this class with this pen gives 2.74.
     */
    static final float PEN_WIDTH = 2.5f;

    /**
     * Resolution at which the digit is thinned. The width is normalised by reducing the ink to its one-cell
     * centre lines (skeleton) and redrawing them with a fixed pen, which is exact whatever the original pen
     * was; estimating thickness and eroding or dilating instead breaks thin strokes and clogs loops. At about
     * 100 cells a loop of an "8" or a "9" drawn with a fat pen still keeps its hole, while thinning stays
     * well under a millisecond.
     */
    static final int WORKING_LONG_SIDE = 96;

    private MnistPreprocessor() {
    }

    /**
     * Converts an ink map to an MNIST image.
     *
     * @return {@value #IMAGE_PIXELS} values in 0..1, row-major, white ink on black; empty when the image holds no
     *     ink beyond faint noise or a few stray pixels
     */
    public static Optional<float[]> toMnist(GrayImage image) {
        return InkBounds.find(image).map(bounds -> {
            InkGrid ink = InkGrid.sample(image, bounds, WORKING_LONG_SIDE);
            InkGrid skeleton = ink.copy();
            Skeletonizer.thin(skeleton);
            // Thinning erases specks of 2x2 cells outright; if that was all there was, draw the specks as they are.
            InkGrid centreLines = skeleton.isEmpty() ? ink : skeleton;
            return SkeletonRedrawer.redraw(centreLines, PEN_WIDTH, DIGIT_BOX_SIDE, IMAGE_SIDE);
        });
    }

    /** Rasterizes canvas strokes and converts them; see {@link #toMnist(GrayImage)}. */
    public static Optional<float[]> toMnist(List<Stroke> strokes, int canvasWidth, int canvasHeight) {
        if (strokes.isEmpty()) {
            return Optional.empty();
        }
        return toMnist(StrokeRasterizer.render(strokes, canvasWidth, canvasHeight));
    }
}
