package studio.adder.ui.draw;

import javafx.scene.Node;
import studio.adder.ui.AppContext;
import studio.adder.ui.common.BackgroundRunner;

/**
 * The drawing tab: creates its view model and its view, starts loading the shipped model into
 * the shared active model, and warms the stroke preparation up meanwhile. The window builds the
 * File, Edit and Model menus over them ({@code ui.library}).
 */
public final class DrawTab {

    private final AppContext context;
    private final DrawViewModel model;
    private DrawView view;

    /** A tab over the shared context; starts loading the shipped model at once. */
    public DrawTab(AppContext context) {
        this.context = context;
        BackgroundRunner io = context.newIoLane();
        this.model = new DrawViewModel(context.runner(), io, context.activeModel());
        model.setExamples(context.myDigits());
        context.activeModel().start();
        // Beside the model's load; a failed warm-up only leaves the first stroke slower, nothing to tell.
        io.run(() -> {
            PredictionRequest.warmUp();
            return null;
        }, done -> { }, error -> { });
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
