package studio.adder.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.adder.data.MnistData;
import studio.adder.model.AdderNetwork;
import studio.adder.model.Architecture;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelFolder;

/** Writes a model folder with a complete card after each epoch. */
public final class Checkpoints {

    /** Seed of the fixed test numbers: every evaluation of every model scores the same pairs. */
    public static final long TEST_NUMBER_SEED = 2024;

    private Checkpoints() {}

    /**
     * Refuses, in a sentence, an output folder that cannot receive checkpoints: an existing file,
     * or a place where the folder cannot be created or written. Creates the folder when missing.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code folder}
     */
    public static void checkWritableFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is a file, not a folder. Choose a folder for the model"
                    + " (it is created when missing).");
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-test-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            String why;
            if (e instanceof AccessDeniedException denied) {
                why = "permission denied: " + denied.getFile();
            } else if (e instanceof FileAlreadyExistsException blocked) {
                why = "a file is in the way: " + blocked.getFile();
            } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
                why = fs.getReason();
            } else {
                why = e.getMessage();
            }
            throw new IllegalArgumentException("Cannot write the model to " + folder + " (" + why
                    + "). Choose a folder you can write to.", e);
        }
    }

    /** Saves the model and a card describing this epoch into {@code folder}. */
    static void save(Model model, TrainingConfig config, int epoch, Evaluation test, MnistData train,
            MnistData testData, Path folder) throws IOException {
        save(model, config, epoch, test, train, testData, folder, Map.of());
    }

    /** As above; a non-empty {@code fineTune} (base model, examples) is recorded under training.fineTune. */
    static void save(Model model, TrainingConfig config, int epoch, Evaluation test, MnistData train,
            MnistData testData, Path folder, Map<String, Object> fineTune) throws IOException {
        ModelCard card = card(config, epoch, test, train, testData, folder.getFileName().toString());
        if (!fineTune.isEmpty()) {
            Map<String, Object> training = new LinkedHashMap<>(card.training());
            training.put("fineTune", fineTune);
            card = new ModelCard(card.formatVersion(), card.name(), card.architecture(), card.architectureVersion(),
                    card.paramsFile(), card.input(), card.digitClasses(), card.sumClasses(), training,
                    card.epochsCompleted(), card.complete(), card.test(), card.data(), card.engine(),
                    card.djlVersion(), card.created());
        }
        ModelFolder.save(model, card, folder, epoch);
    }

    /** The card for a model of {@code config} after {@code epoch} epochs. */
    public static ModelCard card(TrainingConfig config, int epoch, Evaluation test, MnistData train,
            MnistData testData, String name) {
        Architecture architecture = config.architecture().architecture();
        Engine engine = Engine.getInstance();
        return new ModelCard(
                ModelCard.FORMAT_VERSION,
                name,
                architecture.id(),
                architecture.version(),
                ModelFolder.paramsFileName(epoch),
                ModelCard.InputSpec.mnist(),
                AdderNetwork.DIGITS,
                AdderNetwork.SUMS,
                trainingMap(config),
                epoch,
                epoch >= config.epochs(),
                testFigures(test),
                dataHashes(train, testData),
                engine.getEngineName() + " " + engine.getVersion(),
                Engine.getDjlVersion(),
                OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** Test figures under the names the CLI prints. */
    public static Map<String, Number> testFigures(Evaluation test) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("evaluated", test.evaluated());
        figures.put("digitAccuracy", test.metrics().digitAccuracy());
        figures.put("sumAccuracy", test.metrics().sumAccuracy());
        figures.put("digitLoss", test.metrics().digitLoss());
        figures.put("sumLoss", test.metrics().sumLoss());
        figures.put("loss", test.metrics().loss());
        return figures;
    }

    private static Map<String, Object> trainingMap(TrainingConfig config) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("epochs", config.epochs());
        map.put("batchSize", config.batchSize());
        map.put("optimizer", config.optimizer().id());
        map.put("learningRate", config.learningRate());
        map.put("schedule", config.schedule().id());
        map.put("weightDecay", config.weightDecay());
        map.put("augment", config.augment());
        map.put("trainingLimit", config.trainingLimit());
        map.put("seed", config.seed());
        return map;
    }

    private static Map<String, String> dataHashes(MnistData train, MnistData test) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("trainImagesSha256", train.sha256Images());
        map.put("trainLabelsSha256", train.sha256Labels());
        map.put("testImagesSha256", test.sha256Images());
        map.put("testLabelsSha256", test.sha256Labels());
        map.put("trainImages", Integer.toString(train.size()));
        map.put("testImages", Integer.toString(test.size()));
        return map;
    }
}
