package studio.adder.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import studio.adder.util.AtomicFiles;

/**
 * A trained model on disk: one {@code .params} file and its {@code model.json} card.
 *
 * <p>Saving is a small commit protocol: the new parameters file is written under a new name and
 * moved in, then the card is atomically replaced to point at it, then older parameters files are
 * removed. A run killed at any moment leaves the previous checkpoint loadable.
 */
public final class ModelFolder {

    /** Prefix of parameter files; DJL names them {@code adder-0003.params}. */
    public static final String PARAMS_PREFIX = "adder";

    private ModelFolder() {}

    /** The parameters file name DJL uses for the given epoch. */
    public static String paramsFileName(int epoch) {
        return String.format(Locale.ROOT, "%s-%04d.params", PARAMS_PREFIX, epoch);
    }

    /**
     * Saves parameters and card into {@code folder}.
     *
     * @param model a model whose block is initialised
     * @param card the card to write; its {@code paramsFile} must be {@link #paramsFileName(int)}
     * @param epoch the epoch number used in the file name
     */
    public static void save(Model model, ModelCard card, Path folder, int epoch) throws IOException {
        Files.createDirectories(folder);
        String paramsName = paramsFileName(epoch);
        if (!paramsName.equals(card.paramsFile())) {
            throw new IllegalArgumentException("The card must name " + paramsName);
        }
        Path staging = Files.createTempDirectory(folder, ".saving-");
        try {
            model.setProperty("Epoch", Integer.toString(epoch));
            model.save(staging, PARAMS_PREFIX);
            AtomicFiles.move(staging.resolve(paramsName), folder.resolve(paramsName));
            ModelCards.write(card, folder);
            removeOtherParams(folder, paramsName);
        } finally {
            deleteRecursively(staging);
        }
    }

    /** Loads a model folder onto {@code device}, checking its card first. */
    public static LoadedModel load(Path folder, Device device) {
        if (!Files.isDirectory(folder)) {
            throw new ModelLoadException(folder + " is not a folder. Choose a model folder or a .zip archive.");
        }
        ModelCard card = ModelCards.read(folder);
        Path params = folder.resolve(card.paramsFile());
        if (!Files.isRegularFile(params)) {
            throw new ModelLoadException(
                    folder + " is incomplete: its card names " + card.paramsFile() + ", which is missing.");
        }
        ParamsChecksum.verify(folder, card);
        Architecture architecture = ArchitectureId.byId(card.architecture());
        Model model = Model.newInstance(PARAMS_PREFIX, device);
        try {
            model.setBlock(architecture.newNetwork());
            model.load(folder, PARAMS_PREFIX, Map.of("epoch", epochOf(card.paramsFile())));
            return new LoadedModel(model, card, folder);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new ModelLoadException(
                    params.getFileName() + " in " + folder + " does not hold valid '" + architecture.id()
                            + "' parameters (corrupt, truncated or from another architecture).", e);
        }
    }

    private static String epochOf(String paramsFile) {
        String digits = paramsFile.replaceAll("^" + PARAMS_PREFIX + "-(\\d+)\\.params$", "$1");
        if (digits.equals(paramsFile)) {
            throw new ModelLoadException("Unexpected parameters file name on the card: " + paramsFile);
        }
        return Integer.toString(Integer.parseInt(digits));
    }

    private static void removeOtherParams(Path folder, String keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PARAMS_PREFIX + "-*.params")) {
            for (Path file : files) {
                if (!file.getFileName().toString().equals(keep)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.notExists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
