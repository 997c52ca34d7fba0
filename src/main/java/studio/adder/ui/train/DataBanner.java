package studio.adder.ui.train;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shown while MNIST is missing: says what is missing and offers to fetch it or pick a folder. */
final class DataBanner extends VBox {

    final Label message = new Label();
    final Button fetch = new Button("Fetch");
    final Button cancel = new Button("Cancel");
    final Button chooseFolder = new Button("Choose folder…");
    final ProgressBar progress = new ProgressBar();

    DataBanner(MnistSetup data) {
        message.setWrapText(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        setSpacing(6);
        getStyleClass().add("data-banner");
        getChildren().addAll(message, progress, new HBox(6, fetch, cancel, chooseFolder));

        visibleProperty().bind(data.readyProperty().not());
        managedProperty().bind(visibleProperty());
        message.textProperty().bind(data.messageProperty());
        progress.progressProperty().bind(data.fetchProgressProperty());
        progress.visibleProperty().bind(data.fetchingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        fetch.disableProperty().bind(data.fetchingProperty());
        cancel.visibleProperty().bind(data.fetchingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        chooseFolder.disableProperty().bind(data.fetchingProperty());

        fetch.setOnAction(event -> data.fetch());
        cancel.setOnAction(event -> data.cancelFetch());
        // Choosing a folder needs a window; TrainTab wires that button.
    }
}
