package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;

/**
 * {@code bench --time-to-accuracy} on the shipped slice: its 2,000 training images cannot reach
 * 99.4 %, so the run goes all three epochs, says it missed and exits with 1, and its floor is
 * every counted operation of those epochs at the ceiling it measured. Its speed is not tested.
 */
@Tag("slow")
class TimeToAccuracyBenchTest {

    @Test
    void aMissedTargetCountsEveryEpochsArithmeticAtTheMeasuredCeiling() {
        CliRun.Result result = CliRun.run("bench", "--time-to-accuracy", "--repeats", "1", "--json",
                "--data-dir", TestData.SLICE.toString());
        assertEquals(1, result.exitCode(), result.err());
        JsonObject json = result.lastJson();
        assertFalse(json.get("targetMet").getAsBoolean(), json.toString());
        assertEquals(0, json.get("targetEpoch").getAsInt());
        JsonObject run = json.getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals(3, run.getAsJsonArray("epochImagesPerSecond").size(), "all three epochs ran");

        // 16-32-48-96 filters of 3x3 and two dense layers: 4.79 M multiply-accumulates forward.
        double trainingMflop = json.get("trainingMflopPerImage").getAsDouble();
        double testMflop = json.get("testMflopPerImage").getAsDouble();
        assertEquals(9.58, testMflop, 0.01);
        assertEquals(3 * testMflop - 2 * 0.112896, trainingMflop, 0.01, "no input gradient for the first layer");

        double trainImages = TestData.train().size();
        double testImages = TestData.test().size();
        double teraFlops = 3 * (trainImages * trainingMflop + testImages * testMflop) / 1e6;
        assertEquals(teraFlops, run.get("teraFlops").getAsDouble(), teraFlops * 1e-6);
        double ceiling = json.get("ceilingGflops").getAsDouble();
        assertTrue(ceiling > 0, json.toString());
        // The ceiling is the fastest kernel of the two measurements around the runs, and named.
        String ceilingKernel = json.get("ceilingKernel").getAsString();
        double fastest = 0;
        boolean named = false;
        for (var measurement : json.getAsJsonArray("ceilingBeforeAfter")) {
            for (var kernel : measurement.getAsJsonObject().getAsJsonArray("kernels")) {
                double gflops = kernel.getAsJsonObject().get("bestGflops").getAsDouble();
                fastest = Math.max(fastest, gflops);
                named |= gflops == ceiling && kernel.getAsJsonObject().get("name").getAsString().equals(ceilingKernel);
            }
        }
        assertEquals(fastest, ceiling, 1e-9);
        assertTrue(named, json.toString());
        assertTrue(json.getAsJsonArray("jvmOptions").size() > 0, "the test JVM runs with -Xmx and the app's options");
        double floor = json.get("floorSeconds").getAsDouble();
        assertEquals(teraFlops * 1e3 / ceiling, floor, floor * 1e-6);
        assertEquals(json.get("secondsToTarget").getAsDouble() / floor, json.get("ratio").getAsDouble(), 1e-9);
        assertTrue(result.err().contains("target NOT met"), result.err());
    }
}
