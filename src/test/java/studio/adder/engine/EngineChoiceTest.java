package studio.adder.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineChoiceTest {

    @Test
    void enginesAreNamedLikeTheCommandLineOrLikeDjl() {
        assertEquals(EngineChoice.PYTORCH, EngineChoice.parse("pytorch"));
        assertEquals(EngineChoice.PYTORCH, EngineChoice.parse(" PyTorch "));
        assertEquals(EngineChoice.MXNET, EngineChoice.parse("MXNet"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> EngineChoice.parse("onnx"));
        assertTrue(error.getMessage().contains("'onnx'") && error.getMessage().contains("mxnet or pytorch"),
                error.getMessage());
    }

    @Test
    void everyEngineWithNativesForThisPlatformIsOnTheTestClassPath() {
        for (EngineChoice engine : EngineChoice.values()) {
            if (!Platform.current().runs(engine)) {
                assertTrue(engine.missingReason().contains("no build for"), engine.missingReason());
                continue;
            }
            assertTrue(engine.inThisBuild(), engine + " is a test dependency");
            assertTrue(engine.nativesBundled(), engine + "'s CPU natives are a test dependency");
            assertEquals("", engine.missingReason());
        }
    }

    @Test
    void theSavedChoiceSurvivesARestartAndAnUnreadableOneIsIgnored(@TempDir Path home) throws Exception {
        Path file = home.resolve("engine.properties");
        EngineSettings settings = new EngineSettings(file);
        assertEquals(Optional.empty(), settings.saved());
        settings.save(EngineChoice.PYTORCH);
        assertEquals(Optional.of(EngineChoice.PYTORCH), new EngineSettings(file).saved());
        Files.writeString(file, "engine=tensorflow\n");
        assertEquals(Optional.empty(), new EngineSettings(file).saved());
    }
}
