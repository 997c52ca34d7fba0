package studio.adder.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The platform names match the build's profiles, and each platform gets an engine that runs there. */
class PlatformTest {

    @Test
    void theJvmsNamesMapToTheBuildsPlatformNames() {
        assertEquals("linux-x86_64", Platform.of("Linux", "amd64").id());
        assertEquals("linux-aarch64", Platform.of("Linux", "aarch64").id());
        assertEquals("windows-x86_64", Platform.of("Windows 11", "amd64").id());
        assertEquals("macos-x86_64", Platform.of("Mac OS X", "x86_64").id());
        assertEquals("macos-aarch64", Platform.of("Mac OS X", "aarch64").id());
        assertEquals("unknown", Platform.of("Linux", "riscv64").id());
        assertEquals("unknown", Platform.of("FreeBSD", "amd64").id());
    }

    @Test
    void armMachinesRunPyTorchAndSaySoOnce() {
        Platform mac = Platform.of("Mac OS X", "aarch64");
        assertEquals(EngineChoice.PYTORCH, mac.defaultEngine());
        assertFalse(mac.runs(EngineChoice.MXNET));
        assertEquals("Running on PyTorch: MXNet has no build for macOS on Apple Silicon (aarch64).", mac.engineNote());
        assertTrue(mac.whyNot(EngineChoice.MXNET).startsWith("MXNet has no build for Arm processors"),
                mac.whyNot(EngineChoice.MXNET));
        assertEquals(EngineChoice.PYTORCH, Platform.of("Linux", "aarch64").defaultEngine());
    }

    @Test
    void intelMachinesKeepMxnetAndIntelMacsHaveNoPyTorch() {
        for (String os : new String[] {"Linux", "Windows 10", "Mac OS X"}) {
            Platform platform = Platform.of(os, os.startsWith("Mac") ? "x86_64" : "amd64");
            assertEquals(EngineChoice.MXNET, platform.defaultEngine(), os);
            assertEquals("", platform.engineNote(), os);
            assertEquals("", platform.whyNot(EngineChoice.MXNET), os);
        }
        Platform intelMac = Platform.of("Mac OS X", "x86_64");
        assertFalse(intelMac.runs(EngineChoice.PYTORCH));
        assertTrue(intelMac.whyNot(EngineChoice.PYTORCH).contains("no build for Intel Macs"));
        assertTrue(Platform.of("Windows 11", "amd64").runs(EngineChoice.PYTORCH));
    }

    @Test
    void aMissingVisualCppRuntimeOnWindowsEndsInASentenceNamingTheDownload() {
        UnsatisfiedLinkError missing = new UnsatisfiedLinkError("mxnet.dll: Can't find dependent libraries");
        String windows = EngineSetup.loadFailure(EngineChoice.MXNET, new IllegalStateException("load", missing),
                Platform.of("Windows 11", "amd64"));
        assertTrue(windows.contains("Visual C++ 2019 runtime") && windows.contains(EngineSetup.VC_RUNTIME_URL)
                && windows.endsWith("."), windows);
        String linux = EngineSetup.loadFailure(EngineChoice.MXNET, missing, Platform.of("Linux", "amd64"));
        assertFalse(linux.contains("Visual C++"), linux);
    }
}
