package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.engine.EngineChoice;
import studio.adder.engine.EngineSetup;

/** Every command takes {@code --engine}; a wrong or late choice gets a sentence, not a stack trace. */
class EngineOptionTest {

    @Test
    void evaluateOnTheRunningEngineNamesItInItsJson() {
        EngineChoice running = EngineSetup.engine();
        CliRun.Result result = CliRun.run("evaluate", "--engine", running.id(), "--data-dir", TestData.SLICE.toString(),
                "--limit", "200", "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonObject json = JsonParser.parseString(result.out().strip()).getAsJsonObject();
        assertTrue(json.get("engine").getAsString().startsWith(running.djlName() + " "), result.out());
        assertEquals(200, json.get("evaluated").getAsInt());
    }

    @Test
    void anUnknownEngineIsRefusedNamingTheChoices() {
        CliRun.Result result = CliRun.run("predict", "--engine", "tensorflow", "--number", "3", "x.png");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("tensorflow") && result.err().toLowerCase().contains("pytorch"), result.err());
        assertTrue(!result.err().contains("\tat "), "no stack trace: " + result.err());
    }

    @Test
    void switchingEnginesAfterOneStartedIsRefusedInWords() {
        EngineSetup.start();
        EngineChoice other = EngineSetup.engine() == EngineChoice.MXNET ? EngineChoice.PYTORCH : EngineChoice.MXNET;
        CliRun.Result result = CliRun.run("evaluate", "--engine", other.id(), "--data-dir", TestData.SLICE.toString(), "--json");
        assertEquals(2, result.exitCode(), result.out());
        assertTrue(result.err().contains("already running"), result.err());
        assertTrue(!result.err().contains("\tat "), "no stack trace: " + result.err());
    }
}
