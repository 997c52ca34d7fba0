package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.adder.engine.EngineChoice;
import studio.adder.engine.EngineOption;
import studio.adder.engine.EngineSettings;
import studio.adder.engine.EngineSetup;
import studio.adder.train.TrainingService;
import studio.adder.ui.common.ImmediateRunner;

/** The form's engine choice: the running engine first, another one saved for the next start. */
class EngineChoiceModelTest {

    private final EngineSettings settings = EngineSettings.forUser(); // under adder.home, a test folder

    @AfterEach
    void forgetTheChoice() throws Exception {
        settings.save(EngineSetup.engine());
    }

    @Test
    void theRunningEngineIsSelectedAndTheOtherIsSavedForTheNextStart() {
        EngineSetup.start();
        EngineChoiceModel model = new EngineChoiceModel(new ImmediateRunner(), new TrainingService());
        EngineOption running = model.selectedProperty().get();
        assertTrue(running.running(), "the running engine is selected");
        assertEquals(EngineSetup.engine().id(), running.id());
        assertTrue(running.note().contains(running.label()), running.note());
        assertEquals("", model.noteProperty().get(), "the device line already names the running engine");

        EngineOption other = model.engines().stream().filter(o -> !o.running()).findFirst().orElseThrow();
        assertTrue(other.usable(), "both engines are on the test class path");
        model.selectedProperty().set(other);

        assertEquals(Optional.of(EngineChoice.parse(other.id())), settings.saved());
        assertTrue(model.noteProperty().get().contains("next start"), model.noteProperty().get());
        assertFalse(model.noteProperty().get().contains(other.label() + " cannot"), model.noteProperty().get());
    }
}
