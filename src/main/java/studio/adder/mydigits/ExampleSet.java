package studio.adder.mydigits;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.adder.data.MnistData;

/**
 * A labelled folder of examples read into memory as 28x28 inputs, in digit order.
 *
 * @param source the folder they came from
 * @param data the inputs and their digits, shaped like an MNIST split
 * @param perDigit how many examples each digit has (index = digit)
 */
public record ExampleSet(Path source, MnistData data, int[] perDigit) {

    /** Copies the counts. */
    public ExampleSet {
        perDigit = perDigit.clone();
    }

    /** Number of examples. */
    public int size() {
        return data.size();
    }

    /** Counts per digit as "0".."9" to count, for cards and JSON; digits without examples are left out. */
    public Map<String, Integer> countsByDigit() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int digit = 0; digit < perDigit.length; digit++) {
            if (perDigit[digit] > 0) {
                counts.put(Integer.toString(digit), perDigit[digit]);
            }
        }
        return counts;
    }

    @Override
    public int[] perDigit() {
        return perDigit.clone();
    }
}
