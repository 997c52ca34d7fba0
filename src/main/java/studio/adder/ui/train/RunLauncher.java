package studio.adder.ui.train;

import studio.adder.train.RunOutcome;
import studio.adder.train.RunRequest;

/**
 * Runs one training run to its end, as engine work, and says how it ended. The app's launcher is
 * the training service; a test's keeps the request so it can report records and end the run by hand.
 */
@FunctionalInterface
interface RunLauncher {

    /** Trains {@code request} to its end, reporting to its listener and obeying its control. */
    RunOutcome train(RunRequest request);
}
