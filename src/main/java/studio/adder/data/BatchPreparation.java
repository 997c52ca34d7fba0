package studio.adder.data;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The executor that augments and assembles upcoming training batches while the engine thread
 * trains on the current one: one daemon thread, plain Java arrays only (never DJL, whose native
 * arrays stay on the engine thread).
 */
public final class BatchPreparation {

    private static ExecutorService executor;

    private BatchPreparation() {}

    /** The process-wide batch-preparation executor, started on first use; null with -Dadder.prefetch=false. */
    public static synchronized ExecutorService executor() {
        if ("false".equals(System.getProperty("adder.prefetch"))) {
            return null;
        }
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "batch-preparation");
                thread.setDaemon(true); // never keeps the JVM alive after the window closes
                return thread;
            });
        }
        return executor;
    }
}
