package studio.adder.ui.draw;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import studio.adder.predict.ModelSummary;
import studio.adder.predict.Predictions;
import studio.adder.preprocess.MnistPreprocessor;
import studio.adder.ui.AppContext;
import studio.adder.ui.common.BackgroundRunner;

/**
 * The drawing tab: creates its view model and its view, starts loading the shipped model into
 * the shared active model, and warms the stroke preparation and then the answers up meanwhile. The
 * window builds the File, Edit and Model menus over them ({@code ui.library}).
 */
public final class DrawTab {

    /**
     * Blank questions answered in the background once the first model is active. Why: the Java side of
     * an answer (DJL's calls into the engine) runs interpreted until the JIT compiles it; measured in a
     * fresh JVM, the first 25 answers took about twice as long as the 200th.
     */
    static final int WARM_UP_ANSWERS = 200;

    /** Answers per engine task, so that a user's prediction never waits for more than one chunk. */
    private static final int WARM_UP_CHUNK = 5;

    private final AppContext context;
    private final DrawViewModel model;
    private DrawView view;
    private volatile int warmUpAnswered;

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
        warmUpAnswersOnceActive();
    }

    private void warmUpAnswersOnceActive() {
        if (context.activeModel().activeProperty().get() != null) {
            warmUpAnswers(WARM_UP_ANSWERS);
            return;
        }
        context.activeModel().activeProperty().addListener(new ChangeListener<ModelSummary>() {
            @Override
            public void changed(ObservableValue<? extends ModelSummary> value, ModelSummary old,
                    ModelSummary now) {
                if (now != null) {
                    value.removeListener(this);
                    warmUpAnswers(WARM_UP_ANSWERS);
                }
            }
        });
    }

    /** Answers {@code left} blank questions, one chunk per engine task; a failure only ends the warm-up. */
    private void warmUpAnswers(int left) {
        Predictions predictions = context.activeModel().predictions();
        float[] blank = new float[MnistPreprocessor.IMAGE_SIDE * MnistPreprocessor.IMAGE_SIDE];
        int chunk = Math.min(left, WARM_UP_CHUNK);
        context.runner().run(() -> {
            for (int i = 0; i < chunk; i++) {
                predictions.predict(blank, i % 10);
                warmUpAnswered++;
            }
            return null;
        }, done -> {
            if (left > chunk) {
                warmUpAnswers(left - chunk);
            }
        }, error -> { });
    }

    /** Blank questions answered so far by the warm-up, for tests. */
    int warmUpAnswered() {
        return warmUpAnswered;
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
