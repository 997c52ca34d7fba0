package studio.adder.explain;

/**
 * Which pixels decided: one non-negative value per pixel of the 28x28 input, scaled so the largest is 1
 * (all zeros when nothing mattered, e.g. a blank image).
 *
 * @param head the head explained
 * @param target the class explained (a digit or a sum)
 * @param method how it was measured
 * @param map 784 values in 0..1, row-major
 * @param millis time it took on the engine thread
 */
public record Saliency(Head head, int target, SaliencyMethod method, float[] map, double millis) {

    /** Copies the map so the record stays immutable. */
    public Saliency {
        map = map.clone();
    }

    @Override
    public float[] map() {
        return map.clone();
    }

    /** Whether any pixel mattered at all. */
    public boolean hasMass() {
        for (float value : map) {
            if (value > 0) {
                return true;
            }
        }
        return false;
    }

    /** The share (0..1) of the map's total mass that lies where {@code ink} exceeds {@code threshold}. */
    public double massOn(float[] ink, float threshold) {
        double total = 0;
        double onInk = 0;
        for (int i = 0; i < map.length; i++) {
            total += map[i];
            if (ink[i] > threshold) {
                onInk += map[i];
            }
        }
        return total == 0 ? 0 : onInk / total;
    }

    /** Scales non-negative values so the largest is 1, in place; leaves all zeros alone. */
    static float[] normalised(float[] values) {
        float max = 0;
        for (float value : values) {
            max = Math.max(max, value);
        }
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= max;
            }
        }
        return values;
    }
}
