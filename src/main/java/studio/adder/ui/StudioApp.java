package studio.adder.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application: one window with a drawing tab and a training tab. */
public final class StudioApp extends Application {

    /** Launches the JavaFX application. */
    public static void launchStudio(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Adder Studio");
        stage.setScene(new Scene(new Label("Adder Studio"), 800, 600));
        stage.show();
    }
}
