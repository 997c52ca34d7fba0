package studio.adder.ui.draw;

import javafx.scene.Node;
import studio.adder.ui.AppContext;

/**
 * The drawing tab: creates its view model and its view, and starts loading the shipped model into
 * the shared active model. The window builds the File, Edit and Model menus over them ({@code ui.library}).
 */
public final class DrawTab {

    private final AppContext context;
    private final DrawViewModel model;
    private DrawView view;

    /** A tab over the shared context; starts loading the shipped model at once. */
    public DrawTab(AppContext context) {
        this.context = context;
        this.model = new DrawViewModel(context.runner(), context.newIoLane(), context.activeModel());
        model.setExamples(context.myDigits());
        context.activeModel().start();
    }

    /** The tab's content. */
    public Node view() {
        return drawView();
    }

    /** The tab's content, typed. */
    public DrawView drawView() {
        if (view == null) {
            view = new DrawView(model, context.fileDialogs());
        }
        return view;
    }

    /** The view model, for the window and tests. */
    public DrawViewModel viewModel() {
        return model;
    }
}
