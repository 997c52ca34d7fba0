package studio.adder.ui.draw;

import javafx.scene.Node;
import javafx.scene.control.Label;
import studio.adder.ui.common.AppContext;

/** The drawing tab: placeholder until the drawing view lands. */
public final class DrawTab {

    private final AppContext context;

    /** A tab over the shared context. */
    public DrawTab(AppContext context) {
        this.context = context;
    }

    /** The tab's content. */
    public Node view() {
        return new Label("Draw a digit here.");
    }
}
