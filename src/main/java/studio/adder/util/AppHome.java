package studio.adder.util;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The app's home folder, where MNIST, trained models, recent models, window and engine settings and
 * the user's own digits live: system property {@value #PROPERTY}, else {@code ~/.adder-studio}.
 */
public final class AppHome {

    /** System property that names the Adder Studio home. */
    public static final String PROPERTY = "adder.home";

    private AppHome() {}

    /** The home folder of this process. */
    public static Path folder() {
        return resolve(System::getProperty);
    }

    /** The home folder as {@code properties} name it; passed in so tests need not touch the real ones. */
    public static Path resolve(UnaryOperator<String> properties) {
        String home = properties.apply(PROPERTY);
        return home != null && !home.isBlank()
                ? Path.of(home.strip())
                : Path.of(properties.apply("user.home"), ".adder-studio");
    }
}
