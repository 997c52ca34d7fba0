package studio.adder.ui.train;

import javafx.scene.Node;
import javafx.scene.control.Label;
import studio.adder.ui.common.AppContext;

/** The training tab: placeholder until the training view lands. */
public final class TrainTab {

    private final AppContext context;

    /** A tab over the shared context. */
    public TrainTab(AppContext context) {
        this.context = context;
    }

    /** The tab's content. */
    public Node view() {
        return new Label("Train a model here.");
    }
}
