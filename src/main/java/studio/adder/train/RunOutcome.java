package studio.adder.train;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a run ended.
 *
 * @param status completed, stopped by the user, diverged or failed
 * @param message a human sentence about the ending
 * @param lastCheckpoint the model folder of the last complete epoch, if any
 * @param lastEpoch the last complete epoch's result, if any
 */
public record RunOutcome(Status status, String message, Path lastCheckpoint, EpochResult lastEpoch) {

    /** The ways a run can end. */
    public enum Status {
        COMPLETED,
        STOPPED,
        DIVERGED,
        FAILED
    }

    /** The last complete checkpoint, absent when no epoch finished. */
    public Optional<Path> checkpoint() {
        return Optional.ofNullable(lastCheckpoint);
    }
}
