package studio.adder.client;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ModelFolder;

/**
 * The {@code serving.properties} of an Adder Studio model: what DJL's model loader and DJL Serving
 * read to load it by path alone (engine, parameter file prefix, the factories that build the
 * network and its translators, the architecture). Every export writes it; a bare model folder
 * without one is given the same values when DJL opens it ({@link AdderRepositoryFactory}).
 */
public final class AdderServingProperties {

    /** The file name DJL looks for in a model folder. */
    public static final String FILE_NAME = "serving.properties";

    private AdderServingProperties() {}

    /** The file's text for a model of {@code architecture}. */
    public static String text(String architecture) {
        return "# Read by DJL's model loader (Criteria.optModelPath) and by DJL Serving.\n"
                + "engine=" + EngineSetup.engine().djlName() + "\n" // the exporter's engine; params suit both
                + "option.modelName=" + ModelFolder.PARAMS_PREFIX + "\n"
                + "blockFactory=" + AdderBlockFactory.class.getName() + "\n"
                + "translatorFactory=" + AdderTranslatorFactory.class.getName() + "\n"
                + "architecture=" + architecture + "\n";
    }

    /** The same values as {@link Properties}. */
    static Properties of(String architecture) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text(architecture)));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return properties;
    }
}
