package studio.adder.predict;

import java.nio.file.Path;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelCard;

/**
 * What users see of a model in menus and status bars, as plain values.
 *
 * @param name the card's name
 * @param architecture architecture id
 * @param architectureDescription one line about the architecture
 * @param digitAccuracy test digit accuracy on the card (0..1, NaN if unknown)
 * @param sumAccuracy test sum accuracy on the card (0..1, NaN if unknown)
 * @param epochs epochs trained
 * @param created when the card was written (ISO-8601)
 * @param source folder or archive it was loaded from
 * @param shipped whether this is the pretrained model shipped with the app
 */
public record ModelSummary(
        String name,
        String architecture,
        String architectureDescription,
        double digitAccuracy,
        double sumAccuracy,
        int epochs,
        String created,
        Path source,
        boolean shipped) {

    /** Summarises a loaded model. */
    public static ModelSummary of(LoadedModel loaded, boolean shipped) {
        ModelCard card = loaded.card();
        return new ModelSummary(card.name(), card.architecture(),
                ArchitectureId.byId(card.architecture()).description(),
                card.testFigure("digitAccuracy"), card.testFigure("sumAccuracy"), card.epochsCompleted(),
                card.created(), loaded.source(), shipped);
    }
}
