package studio.adder.ui.mydigits;

import javafx.scene.Node;
import studio.adder.ui.AppContext;

/** The My digits tab: the gallery of the user's kept examples over the shared view model. */
public final class MyDigitsTab {

    private final MyDigitsViewModel model;
    private final AppContext context;
    private MyDigitsView view;

    /** A tab over the shared context's examples; reads them at once. */
    public MyDigitsTab(AppContext context) {
        this.context = context;
        this.model = context.myDigits();
        model.refresh();
    }

    /** The tab's content. */
    public Node view() {
        if (view == null) {
            view = new MyDigitsView(model, context.fileDialogs());
        }
        return view;
    }

    /** The view model, for tests. */
    public MyDigitsViewModel viewModel() {
        return model;
    }
}
