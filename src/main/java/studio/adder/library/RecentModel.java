package studio.adder.library;

import java.nio.file.Path;
import studio.adder.predict.ModelSummary;

/**
 * One remembered model, as the model menu lists it.
 *
 * @param name the card's name
 * @param architecture architecture id
 * @param digitAccuracy test digit accuracy (0..1, NaN if unknown)
 * @param sumAccuracy test sum accuracy (0..1, NaN if unknown)
 * @param created when the model's card was written (ISO-8601), as the card says
 * @param path the folder or archive it was opened from
 * @param missing whether {@code path} was gone when the list was read
 */
public record RecentModel(
        String name,
        String architecture,
        double digitAccuracy,
        double sumAccuracy,
        String created,
        Path path,
        boolean missing) {

    /** The model a summary describes, present on disk by definition: it was just loaded. */
    public static RecentModel of(ModelSummary summary) {
        return new RecentModel(summary.name(), summary.architecture(), summary.digitAccuracy(),
                summary.sumAccuracy(), summary.created(), summary.source().toAbsolutePath().normalize(), false);
    }
}
