package studio.adder.ui.draw;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The sample digit pictures that come with the app, where the Open dialog starts so a first user
 * can try "Open image" at once: the installed app's {@code samples} folder (its launcher names it
 * in the system property {@code adder.samples}), else {@code assets/samples} of a source checkout.
 */
final class SampleImages {

    /** System property the packaged launcher sets to its samples folder. */
    static final String PROPERTY = "adder.samples";

    private SampleImages() {}

    /** The samples folder, when there is one. */
    static Optional<File> folder() {
        return folder(System.getProperty(PROPERTY), Path.of("assets", "samples"));
    }

    static Optional<File> folder(String installed, Path checkout) {
        Path path = installed == null || installed.isBlank() ? checkout : Path.of(installed);
        return Files.isDirectory(path) ? Optional.of(path.toAbsolutePath().toFile()) : Optional.empty();
    }
}
