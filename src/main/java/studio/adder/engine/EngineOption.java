package studio.adder.engine;

/**
 * An engine users can pick, as plain values for forms and menus.
 *
 * @param id {@code mxnet} or {@code pytorch}
 * @param label the engine's name, e.g. PyTorch
 * @param usable whether this build contains it
 * @param running whether this process runs on it now
 * @param note what choosing it means, or why it cannot be chosen
 */
public record EngineOption(String id, String label, boolean usable, boolean running, String note) {

    @Override
    public String toString() {
        return usable ? label : label + " (not in this build)";
    }
}
