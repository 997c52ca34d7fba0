package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UpdatePumpFxTest {

    private final AtomicInteger drains = new AtomicInteger();
    private final AtomicInteger drainsOffFxThread = new AtomicInteger();
    private final UpdatePump pump = new UpdatePump(() -> {
        drains.incrementAndGet();
        if (!Platform.isFxApplicationThread()) {
            drainsOffFxThread.incrementAndGet();
        }
    });

    @Start
    void start(Stage stage) {
        // The pump needs only the FX thread, no scene.
    }

    @Test
    void drainsNothingUntilAskedThenOnceOnTheFxThread() throws Exception {
        Thread.sleep(300);
        assertEquals(0, drains.get(), "an idle pump runs nothing");
        Thread engine = new Thread(pump::request, "stand-in-engine");
        engine.start();
        engine.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drains.get() == 1);
        Thread.sleep(300);
        assertEquals(1, drains.get(), "one ask, one drain");
        assertEquals(0, drainsOffFxThread.get());
    }

    @Test
    void coalescesAFloodOfAsksToAtMostTenDrainsASecond() throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
            pump.request();
            if (i % 1000 == 0) {
                Thread.sleep(10);
            }
        }
        long asking = System.nanoTime() - start;
        // The last ask is answered within one period of the drain before it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            int before = drains.get();
            Thread.sleep(2 * UpdatePump.PERIOD_NANOS / 1_000_000);
            return drains.get() == before;
        });
        long allowed = 2 + asking / UpdatePump.PERIOD_NANOS;
        assertTrue(drains.get() >= 1 && drains.get() <= allowed,
                drains.get() + " drains for " + asking / 1_000_000 + " ms of asks (at most " + allowed + ")");
    }

    @Test
    void aStoppedPumpDrainsNoMore() throws Exception {
        pump.stop();
        pump.request();
        Thread.sleep(300);
        assertEquals(0, drains.get());
    }
}
