package studio.adder.ui;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import studio.adder.ui.common.AppContext;
import studio.adder.ui.draw.DrawTab;
import studio.adder.ui.train.TrainTab;

/** The main window: the drawing tab first, the training tab second. */
public final class MainWindow {

    private final AppContext context;

    /** A window over the shared context. */
    public MainWindow(AppContext context) {
        this.context = context;
    }

    /** Builds the scene into {@code stage} and shows it. */
    public void show(Stage stage) {
        Tab draw = new Tab("Draw", new DrawTab(context).view());
        Tab train = new Tab("Train", new TrainTab(context).view());
        TabPane tabs = new TabPane(draw, train);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        stage.setTitle("Adder Studio");
        stage.setScene(new Scene(tabs, 1100, 760));
        stage.show();
    }
}
