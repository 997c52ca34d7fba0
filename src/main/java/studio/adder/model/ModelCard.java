package studio.adder.model;

import java.util.Map;

/**
 * The model card: the JSON that travels with a {@code .params} file and says what it is.
 *
 * <p>DJL parameter files carry no structure, so the card names the architecture and its version,
 * the input and output conventions, how the model was trained and how well it scores.
 *
 * @param formatVersion version of this card's layout; newer versions are refused
 * @param name a human name for menus
 * @param architecture architecture id
 * @param architectureVersion that architecture's structure version
 * @param paramsFile the parameters file in the same folder
 * @param input shapes and preprocessing of the inputs
 * @param digitClasses 10
 * @param sumClasses 19
 * @param training the training configuration as plain values
 * @param epochsCompleted epochs finished when this was written
 * @param complete whether all planned epochs finished (false for a mid-run checkpoint)
 * @param test test-set figures: evaluated, digitAccuracy, sumAccuracy, digitLoss, sumLoss, loss
 * @param data SHA-256 of the data files used for training and testing
 * @param engine engine name and version
 * @param djlVersion DJL version
 * @param created ISO-8601 time the card was written
 */
public record ModelCard(
        int formatVersion,
        String name,
        String architecture,
        int architectureVersion,
        String paramsFile,
        InputSpec input,
        int digitClasses,
        int sumClasses,
        Map<String, Object> training,
        int epochsCompleted,
        boolean complete,
        Map<String, Number> test,
        Map<String, String> data,
        String engine,
        String djlVersion,
        String created) {

    /** The newest card layout this build reads and the one it writes. */
    public static final int FORMAT_VERSION = 1;

    /** File name of the card inside a model folder. */
    public static final String FILE_NAME = "model.json";

    /**
     * How to prepare inputs; identical for every architecture today.
     *
     * @param image channels x height x width
     * @param pixelScale divide raw 0-255 pixels by this
     * @param mean subtract after scaling
     * @param std divide by after subtracting
     * @param ink "white on black" like MNIST
     * @param number how the number enters the network
     */
    public record InputSpec(int[] image, float pixelScale, float mean, float std, String ink, String number) {

        /** The MNIST convention the notebook used. */
        public static InputSpec mnist() {
            return new InputSpec(
                    new int[] {1, 28, 28}, 255f, 0.1307f, 0.3081f, "white on black",
                    "0-9 as a one-hot vector of 10");
        }
    }

    /** The test figure {@code key} as a double, or NaN when absent. */
    public double testFigure(String key) {
        Number value = test == null ? null : test.get(key);
        return value == null ? Double.NaN : value.doubleValue();
    }
}
