package studio.adder.engine;

/**
 * A device users can pick for training, as plain values.
 *
 * @param id {@code cpu} or {@code gpu} followed by the GPU's number, e.g. {@code gpu0}
 * @param label the device in words for menus
 * @param usable whether a test computation ran on it
 * @param note why it cannot be used, or what it is; empty when nothing needs saying
 */
public record DeviceOption(String id, String label, boolean usable, String note) {

    @Override
    public String toString() {
        return usable ? label : label + " (unavailable)";
    }
}
