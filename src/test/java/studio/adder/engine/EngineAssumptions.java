package studio.adder.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Skips a test, with the reason, where the engine it needs has no natives for this machine's
 * platform (MXNet on Arm, PyTorch on Intel macOS); there the other engine's test pass covers it.
 */
public final class EngineAssumptions {

    private EngineAssumptions() {}

    /** Skips unless MXNet runs here. */
    public static void assumeMxnet() {
        assumeTrue(Platform.current().hasMxnet(), () -> Platform.current().whyNot(EngineChoice.MXNET));
    }

    /** Skips unless the engine this test JVM starts has natives here. */
    public static void assumeEngineRuns() {
        EngineChoice engine = EngineSetup.engine();
        assumeTrue(Platform.current().runs(engine), () -> Platform.current().whyNot(engine));
    }
}
