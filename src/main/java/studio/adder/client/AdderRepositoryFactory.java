package studio.adder.client;

import ai.djl.repository.Artifact;
import ai.djl.repository.LocalRepository;
import ai.djl.repository.MRL;
import ai.djl.repository.Metadata;
import ai.djl.repository.Repository;
import ai.djl.repository.RepositoryFactory;
import ai.djl.repository.SimpleRepository;
import ai.djl.util.JsonUtils;
import ai.djl.util.Utils;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ModelLoadException;

/**
 * Lets {@code Criteria.optModelPath(archive)} alone load an Adder Studio model for every type pair,
 * registered through DJL's {@code RepositoryFactory} service for {@code file:} locations.
 *
 * <p>Why it is needed: DJL 0.36 chooses the translator factory ({@code BaseModelLoader.loadModel})
 * before it reads the model's {@code serving.properties}, from the criteria and the repository's
 * arguments only. For DJL's own pairs ({@code Input -> Output}) that is fine, because its default
 * factory defers to {@code serving.properties} later; for our own types ({@code AdderInput ->
 * AdderPrediction}) it fails with "No matching default translator found". So for a folder or
 * {@code .zip} whose {@code serving.properties} names {@link AdderTranslatorFactory}, this factory
 * reads those properties up front and hands them to DJL as the repository's arguments and options,
 * split as DJL splits them later. A folder or {@code .zip} with an Adder Studio card and no
 * {@code serving.properties} (a training checkpoint) gets the values an export would write.
 * Every other location gets the repository DJL's own {@code file:} factory
 * would give it (a {@code LocalRepository} for a folder holding {@code metadata.json} files, a
 * {@code SimpleRepository} otherwise), so other models on the class path load as before.
 *
 * <p>DJL unpacks a {@code .zip} into its cache once per path; our archives' cache folder also
 * carries the archive's size and time, so exporting again to the same name is never served stale.
 */
public final class AdderRepositoryFactory implements RepositoryFactory {

    private static final String FORMER_TRANSLATOR_FACTORY = "studio.adder.predict.AdderTranslatorFactory";

    @Override
    public Repository newInstance(String name, URI uri) {
        Path path = Paths.get(filePath(uri));
        Optional<Properties> serving = adderServingProperties(path);
        if (serving.isPresent()) {
            return new AdderRepository(name, uri, path, serving.get());
        }
        if (Files.isDirectory(path) && holdsMetadata(path)) {
            return new LocalRepository(name, path.toUri(), path) { };
        }
        return new SimpleRepository(name, uri, path) { };
    }

    @Override
    public Set<String> getSupportedScheme() {
        return Set.of("file");
    }

    /**
     * The serving properties of an Adder Studio model at {@code path}: those of its
     * {@code serving.properties} when that names {@link AdderTranslatorFactory}, or for a model
     * folder that has a card but no such file (a training checkpoint), the ones an export would
     * write. Empty for anything else.
     */
    static Optional<Properties> adderServingProperties(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return readFolder(Utils.getNestedModelDir(path));
            }
            if (Files.isRegularFile(path) && path.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return readZip(path);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            // Not ours to judge: DJL's own repository reports what is wrong with it.
            return Optional.empty();
        }
    }

    private static boolean namesOurFactory(Properties properties) {
        String named = properties.getProperty("translatorFactory");
        // Archives exported before the client types moved name the factory's former home.
        return AdderTranslatorFactory.class.getName().equals(named) || FORMER_TRANSLATOR_FACTORY.equals(named);
    }

    private static Optional<Properties> readFolder(Path folder) throws IOException {
        Path file = folder.resolve(AdderServingProperties.FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                Properties properties = new Properties();
                properties.load(reader);
                return Optional.of(properties).filter(AdderRepositoryFactory::namesOurFactory);
            }
        }
        if (Files.isRegularFile(folder.resolve(ModelCard.FILE_NAME))) {
            try {
                return Optional.of(AdderServingProperties.of(ModelCards.read(folder).architecture()));
            } catch (ModelLoadException notOurs) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** As {@link #readFolder} for an archive: its files sit at the top or in one folder. */
    private static Optional<Properties> readZip(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry serving = topOrOneDown(zip, AdderServingProperties.FILE_NAME);
            if (serving != null) {
                try (InputStream in = zip.getInputStream(serving)) {
                    Properties properties = new Properties();
                    properties.load(in);
                    return Optional.of(properties).filter(AdderRepositoryFactory::namesOurFactory);
                }
            }
            ZipEntry card = topOrOneDown(zip, ModelCard.FILE_NAME);
            if (card != null) {
                try (InputStream in = zip.getInputStream(card)) {
                    String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return Optional.of(AdderServingProperties.of(ModelCards.fromJson(json, archive.toString())
                            .architecture()));
                } catch (ModelLoadException notOurs) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static ZipEntry topOrOneDown(ZipFile zip, String file) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            boolean top = name.equals(file);
            boolean oneDown = name.endsWith("/" + file) && name.indexOf('/') == name.length() - file.length() - 1;
            if ((top || oneDown) && !entry.isDirectory()) {
                return entry;
            }
        }
        return null;
    }

    /** As DJL's own {@code file:} factory decides between a local and a simple repository. */
    private static boolean holdsMetadata(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(file -> Files.isRegularFile(file) && !root.equals(file.getParent())
                    && "metadata.json".equals(file.getFileName().toString()) && isMetadata(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isMetadata(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Metadata metadata = JsonUtils.GSON.fromJson(reader, Metadata.class);
            return metadata != null && metadata.getMetadataVersion() != null && metadata.getArtifacts() != null;
        } catch (IOException | JsonParseException e) {
            return false;
        }
    }

    private static String filePath(URI uri) {
        String path = uri.getPath() != null ? uri.getPath() : uri.getSchemeSpecificPart();
        return path.startsWith("file:") ? path.substring(5) : path;
    }

    /** A DJL simple repository that knows the model's serving properties before DJL reads them. */
    private static final class AdderRepository extends SimpleRepository {

        private final String contentKey;
        private final Map<String, String> options = new ConcurrentHashMap<>();

        AdderRepository(String name, URI uri, Path path, Properties serving) {
            super(name, uri, path);
            // Split as DJL splits serving.properties: "option.x" are load options, the rest arguments.
            for (String key : serving.stringPropertyNames()) {
                if (key.startsWith("option.")) {
                    options.put(key.substring("option.".length()), serving.getProperty(key));
                } else {
                    arguments.putIfAbsent(key, serving.getProperty(key));
                }
            }
            contentKey = contentKey(path);
        }

        @Override
        public Metadata locate(MRL mrl) throws IOException {
            Metadata metadata = super.locate(mrl);
            for (Artifact artifact : metadata.getArtifacts()) {
                artifact.setOptions(artifact.getOptions(options));
            }
            return metadata;
        }

        @Override
        public Path getResourceDirectory(Artifact artifact) throws IOException {
            Path folder = super.getResourceDirectory(artifact);
            if (!isRemote() || folder.getFileName() == null) {
                return folder;
            }
            return folder.resolveSibling(folder.getFileName() + "-" + contentKey);
        }

        private static String contentKey(Path path) {
            try {
                return Long.toHexString(Files.size(path)) + Long.toHexString(Files.getLastModifiedTime(path).toMillis());
            } catch (IOException e) {
                return "0";
            }
        }
    }
}
