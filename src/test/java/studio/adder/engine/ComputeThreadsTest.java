package studio.adder.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class ComputeThreadsTest {

    @Test
    void aScopeRunsTheCallerOnOneThreadAndGivesBackItsTeam() {
        EngineSetup.EngineInfo info = EngineSetup.start();
        assumeTrue(EngineSetup.engine() == EngineChoice.MXNET
                && NativeSettings.SYNCHRONOUS_ENGINE.equals(EngineSetup.mxnetEngineType()),
                "thread scopes act only on MXNet's synchronous engine");
        assertTrue(ComputeThreads.current().isPresent(), "MXNet's libgomp should be reachable in this process");
        int before = ComputeThreads.current().orElseThrow();
        assertEquals(info.threads(), before, "OpenMP's team should be the engine's thread count");

        try (ComputeThreads oneThread = ComputeThreads.singleThreaded();
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(1, ComputeThreads.current().orElseThrow());
            // Work inside the scope still computes the right answer.
            NDArray ones = manager.ones(new Shape(64, 64));
            assertEquals(64f * 64f * 64f, ones.matMul(ones).sum().getFloat(), 1e-3f);
        }
        assertEquals(before, ComputeThreads.current().orElseThrow());
    }

    @Test
    void otherThreadsKeepTheirTeamWhileOneThreadIsNarrowed() throws InterruptedException {
        EngineSetup.start();
        assumeTrue(ComputeThreads.current().isPresent(), "no OpenMP runtime to narrow here");
        int team = ComputeThreads.current().orElseThrow();
        int[] seenElsewhere = new int[1];
        try (ComputeThreads oneThread = ComputeThreads.singleThreaded()) {
            Thread other = new Thread(() -> seenElsewhere[0] = ComputeThreads.current().orElseThrow());
            other.start();
            other.join();
        }
        assertEquals(team, seenElsewhere[0], "the setting is the calling thread's own");
    }
}
