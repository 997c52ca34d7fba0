package studio.adder.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.ToNumberPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import studio.adder.util.AtomicFiles;

/** Reads, checks and writes model cards as JSON. */
public final class ModelCards {

    // Free-form values (the training map) keep their integers: read back and written again, an
    // "epochs": 3 must not become 3.0.
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();

    private ModelCards() {}

    /** The card as pretty JSON. */
    public static String toJson(ModelCard card) {
        return GSON.toJson(card);
    }

    /** Parses a card, checking the fields every later step relies on. */
    public static ModelCard fromJson(String json, String source) {
        ModelCard card;
        try {
            card = GSON.fromJson(json, ModelCard.class);
        } catch (JsonParseException | IllegalStateException e) {
            throw new ModelLoadException(source + " is not a valid model card (corrupt JSON).", e);
        }
        if (card == null || card.architecture() == null || card.paramsFile() == null) {
            throw new ModelLoadException(
                    source + " is not an Adder Studio model card: it names no architecture or parameters file.");
        }
        return check(card, source);
    }

    /** Reads {@code model.json} from a model folder. */
    public static ModelCard read(Path folder) {
        Path file = folder.resolve(ModelCard.FILE_NAME);
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(
                    folder + " is not a model folder: it has no " + ModelCard.FILE_NAME + ".", e);
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the card into {@code folder} atomically. */
    public static void write(ModelCard card, Path folder) throws IOException {
        byte[] json = toJson(card).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(ModelCard.FILE_NAME), out -> out.write(json));
    }

    /** Refuses cards this build cannot honour, with the reason in words. */
    public static ModelCard check(ModelCard card, String source) {
        if (card.formatVersion() > ModelCard.FORMAT_VERSION) {
            throw new ModelLoadException(
                    source + " was written by a newer Adder Studio (card format " + card.formatVersion()
                            + ", this version reads up to " + ModelCard.FORMAT_VERSION + "). Update the app to open it.");
        }
        Architecture architecture;
        try {
            architecture = ArchitectureId.byId(card.architecture());
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException(
                    source + " is a model of architecture '" + card.architecture()
                            + "', which this version does not know (it knows " + ArchitectureId.ids() + ").", e);
        }
        if (card.architectureVersion() != architecture.version()) {
            throw new ModelLoadException(
                    source + " was trained with version " + card.architectureVersion() + " of the '"
                            + architecture.id() + "' architecture; this build has version "
                            + architecture.version() + ". Retrain the model or use a matching app version.");
        }
        if (card.digitClasses() != AdderNetwork.DIGITS || card.sumClasses() != AdderNetwork.SUMS) {
            throw new ModelLoadException(
                    source + " has " + card.digitClasses() + " digit and " + card.sumClasses()
                            + " sum classes; Adder Studio models have 10 and 19.");
        }
        return card;
    }
}
