package studio.adder.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineThreadTest {

    @Test
    void workSubmittedDuringALongTaskRunsAtItsNextSafePoint() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch submitted = new CountDownLatch(1);
        try (EngineThread engine = new EngineThread()) {
            var longTask = engine.submit(() -> {
                started.countDown();
                assertTrue(submitted.await(5, TimeUnit.SECONDS));
                order.add("batch 1");
                EngineThread.runPending(); // a safe point between batches
                order.add("batch 2");
                return EngineThread.isCurrent();
            });
            assertTrue(started.await(5, TimeUnit.SECONDS));
            var prediction = engine.submit(() -> order.add("prediction"));
            var second = engine.submit(() -> order.add("second"));
            submitted.countDown();
            assertTrue(longTask.get(5, TimeUnit.SECONDS));
            prediction.get(5, TimeUnit.SECONDS);
            second.get(5, TimeUnit.SECONDS);
        }
        assertEquals(List.of("batch 1", "prediction", "second", "batch 2"), order);
    }

    @Test
    void failuresReachTheFutureAndRunPendingIsANoOpElsewhere() throws Exception {
        EngineThread.runPending();
        assertTrue(!EngineThread.isCurrent());
        try (EngineThread engine = new EngineThread()) {
            var failed = engine.submit(() -> {
                throw new IllegalStateException("boom");
            });
            var after = engine.submit(() -> "still running");
            assertEquals("still running", after.get(5, TimeUnit.SECONDS));
            assertTrue(failed.isCompletedExceptionally());
        }
    }

    @Test
    void workSubmittedAfterCloseIsCancelledQuietly() {
        EngineThread engine = new EngineThread();
        engine.close();
        assertTrue(engine.submit(() -> "too late").isCancelled());
    }
}
