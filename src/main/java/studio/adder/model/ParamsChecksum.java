package studio.adder.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import studio.adder.util.Sha256;

/**
 * The SHA-256 of a model's parameters file, as an exported card states it ({@value #FIELD} in
 * {@code model.json}), and the check made when such a model is opened: a parameters file that was
 * altered or swapped after export is refused with a sentence instead of predicting nonsense.
 */
public final class ParamsChecksum {

    /** The card field that holds the hex digest; cards of unexported checkpoints have none. */
    public static final String FIELD = "paramsSha256";

    private ParamsChecksum() {}

    /** The lower-case hex SHA-256 of {@code file}. */
    public static String sha256(Path file) throws IOException {
        return Sha256.of(file);
    }

    /** The digest the card in {@code folder} states, if it states one. */
    public static Optional<String> stated(Path folder) {
        Path card = folder.resolve(ModelCard.FILE_NAME);
        try {
            JsonElement root = JsonParser.parseString(Files.readString(card, StandardCharsets.UTF_8));
            if (root.isJsonObject()) {
                JsonElement value = ((JsonObject) root).get(FIELD);
                if (value != null && value.isJsonPrimitive()) {
                    return Optional.of(value.getAsString());
                }
            }
            return Optional.empty();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            // ModelCards.read has already refused unreadable cards with its own sentence.
            return Optional.empty();
        }
    }

    /**
     * Compares the parameters file in {@code folder} with the digest its card states; a card that
     * states none passes (a training checkpoint).
     *
     * @throws ModelLoadException when they differ or the file cannot be read
     */
    public static void verify(Path folder, ModelCard card) {
        Optional<String> expected = stated(folder);
        if (expected.isEmpty()) {
            return;
        }
        Path params = folder.resolve(card.paramsFile());
        String actual;
        try {
            actual = sha256(params);
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read " + params + " to check it: " + e.getMessage(), e);
        }
        if (!actual.equalsIgnoreCase(expected.get().trim())) {
            throw new ModelLoadException(card.paramsFile() + " does not match its card: the card states SHA-256 "
                    + abbreviate(expected.get()) + ", the file has " + abbreviate(actual)
                    + ". The parameters were altered or replaced after export; export the model again.");
        }
    }

    private static String abbreviate(String hex) {
        String trimmed = hex.trim();
        return trimmed.length() > 12 ? trimmed.substring(0, 12) + "…" : trimmed;
    }

}
