package studio.adder.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test lets it run, as a busy engine thread would; then runs it inline. */
public final class HeldRunner implements BackgroundRunner {

    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> new ImmediateRunner().run(work, onSuccess, onFailure));
    }

    /** How many pieces of work wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the oldest waiting work; what it submits waits in turn. */
    public void runNext() {
        held.remove(0).run();
    }

    /** Runs waiting work, oldest first, until none is left (work submitted meanwhile included). */
    public void runAll() {
        while (!held.isEmpty()) {
            runNext();
        }
    }
}
