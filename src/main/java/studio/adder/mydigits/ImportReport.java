package studio.adder.mydigits;

import java.util.List;

/**
 * What an import added, and what it skipped and why.
 *
 * @param added examples added per digit (index = digit)
 * @param skipped one sentence per picture that could not be used
 */
public record ImportReport(int[] added, List<String> skipped) {

    /** Copies the values. */
    public ImportReport {
        added = added.clone();
        skipped = List.copyOf(skipped);
    }

    /** Examples added in all. */
    public int total() {
        int total = 0;
        for (int count : added) {
            total += count;
        }
        return total;
    }

    @Override
    public int[] added() {
        return added.clone();
    }

    /** One or two sentences for the user. */
    public String summary() {
        String text = "Imported " + total() + (total() == 1 ? " example." : " examples.");
        if (!skipped.isEmpty()) {
            text += " Skipped " + skipped.size() + " that could not be used, such as: " + skipped.get(0);
        }
        return text;
    }
}
