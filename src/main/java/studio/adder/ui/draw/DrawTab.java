package studio.adder.ui.draw;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import studio.adder.predict.ModelSummary;
import studio.adder.ui.AppContext;
import studio.adder.ui.library.LibraryMenus;

/**
 * The drawing tab: creates its view model (loading the shipped model through the runner), its
 * view and its menus.
 */
public final class DrawTab {

    private final AppContext context;
    private final DrawViewModel model;
    private DrawView view;
    private LibraryMenus menus;

    /** A tab over the shared context; starts loading the shipped model at once. */
    public DrawTab(AppContext context) {
        this.context = context;
        this.model = new DrawViewModel(context.runner(), context.newIoLane(), context.predictions());
        model.setExamples(context.myDigits());
        model.start();
        // Every model that becomes active is remembered, even when it was active before:
        // an invalidation listener hears a new but equal summary, a change listener would not.
        model.activeModelProperty().addListener(observable ->
                context.library().remember(model.activeModelProperty().get()));
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

    /** The File, Edit and Model menus. */
    public List<Menu> menus() {
        return drawMenus().menus();
    }

    /** The menus' builder, also for shortcuts without a menu item. */
    public LibraryMenus drawMenus() {
        if (menus == null) {
            menus = new LibraryMenus(drawView(), model, context.sessionModels(), context.library());
        }
        return menus;
    }

    /** The view model, for the window and tests. */
    public DrawViewModel viewModel() {
        return model;
    }
}
