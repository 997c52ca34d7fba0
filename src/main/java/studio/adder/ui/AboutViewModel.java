package studio.adder.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.adder.predict.PredictionService;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.common.UserMessage;

/**
 * Help > About: the engine line and the folder its natives came from (asked on the engine
 * thread), and the build's version and libraries.
 */
public final class AboutViewModel {

    private final BackgroundRunner engineRunner;
    private final PredictionService predictions;
    private final AboutInfo info;
    private final ReadOnlyStringWrapper engine = new ReadOnlyStringWrapper("…");
    private final ReadOnlyStringWrapper natives = new ReadOnlyStringWrapper("…");

    /** Asks {@code predictions} through {@code engineRunner}, the engine thread's runner. */
    public AboutViewModel(BackgroundRunner engineRunner, PredictionService predictions, AboutInfo info) {
        this.engineRunner = engineRunner;
        this.predictions = predictions;
        this.info = info;
    }

    // Properties

    /** Engine, version, device and threads. */
    public ReadOnlyStringProperty engineProperty() {
        return engine.getReadOnlyProperty();
    }

    /** Where the engine's native libraries were loaded from. */
    public ReadOnlyStringProperty nativesProperty() {
        return natives.getReadOnlyProperty();
    }

    /** The build's version and shipped libraries. */
    public AboutInfo info() {
        return info;
    }

    /** Java's version and vendor, as this runtime reports them. */
    public String java() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    /** JavaFX's version. */
    public String javaFx() {
        return System.getProperty("javafx.runtime.version", "unknown");
    }

    /** The operating system and processor. */
    public String system() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + System.getProperty("os.arch");
    }

    // Commands

    /** Fills in the engine's lines. */
    public void load() {
        engineRunner.run(() -> new String[] {predictions.engineSummary(), predictions.nativesFolder()}, lines -> {
            engine.set(lines[0]);
            natives.set(lines[1]);
        }, error -> engine.set("unknown: " + UserMessage.describe(error)));
    }
}
