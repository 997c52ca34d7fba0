package studio.adder.ui.train;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The single FX-side hand-off of training records: ten times a second it asks the view model to
 * fold in whatever the engine thread queued, instead of one {@code Platform.runLater} per batch.
 */
final class UpdatePump {

    static final Duration PERIOD = Duration.millis(100);

    private final Timeline timeline;

    UpdatePump(Runnable drain) {
        timeline = new Timeline(new KeyFrame(PERIOD, event -> drain.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    void start() {
        timeline.play();
    }

    void stop() {
        timeline.stop();
    }
}
