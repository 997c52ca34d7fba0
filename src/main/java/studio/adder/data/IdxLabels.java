package studio.adder.data;

import java.util.Arrays;

/**
 * Labels decoded from an IDX file: one digit (0 to 9) per image.
 *
 * <p>The label array is shared rather than copied; treat it as read-only.
 */
public record IdxLabels(int count, byte[] labels) {

    public IdxLabels {
        if (count < 0 || labels.length != count) {
            throw new IllegalArgumentException("expected " + count + " labels, got " + labels.length);
        }
    }

    /** The digit shown by image {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** The first {@code n} labels, copied; used to cut small slices for tests. */
    public IdxLabels first(int n) {
        if (n < 0 || n > count) {
            throw new IllegalArgumentException("cannot take " + n + " of " + count + " labels");
        }
        return new IdxLabels(n, Arrays.copyOf(labels, n));
    }
}
