package studio.adder.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import studio.adder.ui.common.BackgroundRunner;

/** A runner that holds work until the test says how it ended, so a run can be "in progress". */
final class ManualRunner implements BackgroundRunner {

    /** One piece of submitted work and its callbacks. */
    record Pending(Callable<?> work, Consumer<Object> onSuccess, Consumer<Throwable> onFailure) {}

    final List<Pending> pending = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(new Pending(work, (Consumer<Object>) onSuccess, onFailure));
    }

    /**
     * Runs the latest work but keeps it pending, as an engine thread that has begun a long run:
     * {@link #completeLatest} still says how it ends.
     */
    void callLatest() throws Exception {
        pending.get(pending.size() - 1).work().call();
    }

    /** Completes the latest work with {@code result} without running it. */
    void completeLatest(Object result) {
        pending.remove(pending.size() - 1).onSuccess().accept(result);
    }
}
