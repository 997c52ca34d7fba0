package studio.adder.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import studio.adder.engine.EngineSettings;
import studio.adder.engine.EngineSetup;
import studio.adder.engine.EngineThread;
import studio.adder.predict.PredictionService;
import studio.adder.train.TrainingService;
import studio.adder.ui.common.AppContext;
import studio.adder.ui.common.EngineRunner;
import studio.adder.ui.common.IoRunner;

/** The desktop application: one window with a drawing tab and a training tab. */
public final class StudioApp extends Application {

    private EngineThread engine;
    private AppContext context;

    /** Launches the JavaFX application. */
    public static void launchStudio(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void init() throws Exception {
        // Runs on the launcher thread: start the engine on its own thread before the window opens,
        // the one saved in the training form unless --engine or ADDER_ENGINE says otherwise.
        EngineSetup.useSavedChoice(EngineSettings.forUser().saved());
        engine = new EngineThread();
        PredictionService predictions = engine.submit(PredictionService::new).get();
        context = new AppContext(new EngineRunner(engine), IoRunner::new, predictions, new TrainingService());
    }

    @Override
    public void start(Stage stage) {
        new ProblemReporter(() -> stage).install();
        new MainWindow(context).show(stage);
    }

    @Override
    public void stop() {
        engine.close();
    }
}
