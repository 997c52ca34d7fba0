package studio.adder.ui.inside;

import javafx.application.Platform;
import javafx.scene.Node;
import studio.adder.data.MnistFolder;
import studio.adder.explain.InsideService;
import studio.adder.ui.AppContext;
import studio.adder.ui.draw.DrawPad;
import studio.adder.ui.draw.DrawViewModel;

/**
 * The Inside tab: its view model, fed by the Draw tab's answers and the training runs' epochs, and its view, with a
 * pad on the Draw tab's drawing so a user can draw and watch the inside at once.
 */
public final class InsideTab {

    private final InsideViewModel model;
    private final DrawViewModel draw;
    private InsideView view;

    /** A tab over the shared context that looks inside whatever the Draw tab has just answered. */
    public InsideTab(AppContext context, DrawViewModel draw) {
        this.draw = draw;
        this.model = new InsideViewModel(context.runner(), context.newIoLane(),
                new InsideService(context.predictions()), MnistFolder::defaultFolder, Platform::runLater);
        draw.setAnswerCompanion(model.companion());
        draw.predictionProperty().addListener((o, old, now) -> model.drawingAnswered(now));
        // Epochs are told on the engine thread; the view model lives on the FX thread.
        context.training().watchEpochs(result -> Platform.runLater(() -> model.epochFinished(result)));
    }

    /** The tab's content. */
    public Node view() {
        if (view == null) {
            view = new InsideView(model, new DrawPad(draw));
        }
        return view;
    }

    /** The view model, for the window and tests. */
    public InsideViewModel viewModel() {
        return model;
    }
}
