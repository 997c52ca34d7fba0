package studio.adder.ui;

import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import studio.adder.engine.EngineSettings;
import studio.adder.engine.EngineSetup;
import studio.adder.engine.EngineThread;
import studio.adder.predict.PredictionService;
import studio.adder.train.TrainingService;
import studio.adder.ui.common.EngineRunner;
import studio.adder.ui.common.IoRunner;

/** The desktop application: one window with a drawing tab and a training tab. */
public final class StudioApp extends Application {

    /**
     * JavaFX's own logger; held here because java.util.logging keeps loggers weakly, and a filter on
     * a collected logger would be lost.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** JavaFX reads its pulse rate (layout and render passes per second) from this property at start-up. */
    public static final String PULSE_PROPERTY = "javafx.animation.pulse";
    /**
     * Twice JavaFX's default of 60: an answer that reaches the bars just after a pulse waits for the
     * next one, so at 120 it is drawn up to 8 ms sooner (docs/benchmarks.md). JavaFX pulses only
     * while something changes, so an idle window costs no more.
     */
    public static final String PULSES_PER_SECOND = "120";

    private EngineThread engine;
    private AppContext context;
    private StudioPreferences preferences;

    /** Launches the JavaFX application. */
    public static void launchStudio(String[] args) {
        // The app runs JavaFX from the class path on purpose (beside DJL, in one jar's class path);
        // JavaFX warns about that at every start, a warning the user can do nothing about.
        JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
        // AWT serves only as an image library here (ImageIO, BufferedImage). Without this, the first
        // Graphics2D starts AWT's X11 toolkit beside GTK's, and GDK warns about its error handler.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (System.getProperty(PULSE_PROPERTY) == null) {
            System.setProperty(PULSE_PROPERTY, PULSES_PER_SECOND);
        }
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void init() throws Exception {
        // Runs on the launcher thread: start the engine on its own thread before the window opens,
        // the one saved in the training form unless --engine or ADDER_ENGINE says otherwise.
        EngineSetup.useSavedChoice(EngineSettings.forUser().saved());
        engine = new EngineThread();
        PredictionService predictions = engine.submit(PredictionService::new).get();
        preferences = StudioPreferences.forUser();
        context = new AppContext(new EngineRunner(engine), IoRunner::new, predictions, new TrainingService());
    }

    @Override
    public void start(Stage stage) {
        new ProblemReporter(() -> stage).install();
        new MainWindow(context, preferences).show(stage);
    }

    @Override
    public void stop() {
        preferences.close();
        engine.close();
    }
}
