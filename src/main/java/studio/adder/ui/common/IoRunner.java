package studio.adder.ui.common;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One lane of the IO executor: files, network (the MNIST fetch), hashing, export writes, CSV/PNG
 * files, the recent-models file and image decoding; never DJL. Work submitted through one lane
 * runs in submission order (a kept example is written before it is deleted); separate lanes run
 * side by side on a small shared pool of daemon threads, so a minutes-long fetch in the training
 * tab's lane does not hold up opening an image in the drawing tab's. Results come back on the FX
 * thread.
 */
public final class IoRunner implements BackgroundRunner {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "adder-io-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final Queue<Runnable> lane = new ArrayDeque<>();
    private boolean draining;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable task = () -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable error) {
                FxDelivery.failure(error, onFailure);
                return;
            }
            FxDelivery.success(result, onSuccess);
        };
        synchronized (lane) {
            lane.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        POOL.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (lane) {
                next = lane.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            next.run();
        }
    }
}
