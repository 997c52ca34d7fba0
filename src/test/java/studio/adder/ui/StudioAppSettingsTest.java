package studio.adder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests' JVM runs JavaFX as the app does: the app's pulse rate and JVM options (see the pom). */
class StudioAppSettingsTest {

    @Test
    void testsRunAtTheAppsPulseRate() {
        assertEquals(StudioApp.PULSES_PER_SECOND, System.getProperty(StudioApp.PULSE_PROPERTY));
    }

    @Test
    void testsRunWithTheAppsJvmOptions() {
        String appOptions = System.getProperty("adder.app.jvm.options", "");
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        assertFalse(appOptions.isBlank(), "the pom passes app.jvm.options to the tests");
        for (String option : appOptions.trim().split("\\s+")) {
            assertTrue(jvmOptions.contains(option), option + " missing from " + jvmOptions);
        }
    }
}
