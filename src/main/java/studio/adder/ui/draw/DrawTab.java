package studio.adder.ui.draw;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import studio.adder.predict.ModelSummary;
import studio.adder.ui.AppContext;

/**
 * The drawing tab: creates its view model (loading the shipped model through the runner) and its
 * view. The window builds the File, Edit and Model menus over them ({@code ui.library}).
 */
public final class DrawTab {

    private final AppContext context;
    private final DrawViewModel model;
    private DrawView view;

    /** A tab over the shared context; starts loading the shipped model at once. */
    public DrawTab(AppContext context) {
        this.context = context;
        this.model = new DrawViewModel(context.runner(), context.newIoLane(), context.predictions());
        model.setExamples(context.myDigits());
        model.start();
        // "Use this model" on the training tab has switched the engine's model; show it here too.
        context.sessionModels().addListener((ListChangeListener<ModelSummary>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(model::showActivatedModel);
            }
        });
    }

    /** The tab's content. */
    public Node view() {
        return drawView();
    }

    /** The tab's content, typed. */
    public DrawView drawView() {
        if (view == null) {
            view = new DrawView(model);
        }
        return view;
    }

    /** The view model, for the window and tests. */
    public DrawViewModel viewModel() {
        return model;
    }
}
