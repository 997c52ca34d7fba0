package studio.adder.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSetupTest {

    @Test
    void theEngineReportsItsDeviceAndThreadsInWords() {
        EngineSetup.EngineInfo info = EngineSetup.start();
        assertEquals(EngineSetup.engine().djlName(), info.engineName());
        assertTrue(info.summary().startsWith(info.engineName() + " " + info.engineVersion()), info.summary());
        assertTrue(info.threads() >= 1);
        assertTrue(info.summary().contains(info.threads() + " thread"), info.summary());
        assertTrue(info.deviceExplanation().startsWith("CPU") || info.deviceExplanation().startsWith("GPU"));
    }

    @Test
    void theCpuIsAlwaysOfferedAndUnknownDevicesAreRefusedInWords() {
        List<DeviceOption> options = EngineSetup.deviceOptions();
        DeviceOption cpu = options.get(options.size() - 1);
        assertEquals("cpu", cpu.id());
        assertTrue(cpu.usable());
        assertEquals("cpu()", EngineSetup.device("cpu").toString());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EngineSetup.device("tpu(3)"));
        assertTrue(error.getMessage().contains("tpu(3)"), error.getMessage());
        if (options.stream().noneMatch(o -> o.usable() && o.id().startsWith("gpu"))) {
            // No usable GPU here: asking for one says why, in the words of the device line.
            IllegalArgumentException noGpu = assertThrows(IllegalArgumentException.class, () -> EngineSetup.devices("gpu0"));
            String why = options.stream().filter(o -> o.id().equals("gpu0")).map(DeviceOption::note).findFirst()
                    .orElse(EngineSetup.start().deviceExplanation());
            assertTrue(noGpu.getMessage().contains(why), noGpu.getMessage());
            assertEquals(List.of(EngineSetup.device("cpu")), List.of(EngineSetup.defaultTrainingDevices()));
        }
    }
}
