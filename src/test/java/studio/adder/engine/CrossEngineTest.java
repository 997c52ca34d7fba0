package studio.adder.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ModelFolder;
import studio.adder.train.Evaluation;
import studio.adder.train.ModelEvaluator;
import studio.adder.train.TestSets;

/**
 * Parameters are DJL's own format, so a model trained on the running engine scores the same on
 * the other one. Runs in both test executions: trained on MXNet and scored on PyTorch, and back.
 */
class CrossEngineTest {

    @Test
    void aModelTrainedOnTheRunningEngineScoresTheSameOnTheOtherEngine(@TempDir Path temp) throws Exception {
        EngineSetup.EngineInfo running = EngineSetup.start();
        EngineChoice other = EngineSetup.engine() == EngineChoice.MXNET ? EngineChoice.PYTORCH : EngineChoice.MXNET;
        assumeTrue(other.usableHere(), () -> other + " cannot run here: " + other.missingReason());

        Path folder = TestData.trainTinyModel(ArchitectureId.SEED, temp.resolve("model"));
        ModelCard card = ModelCards.read(folder);
        assertEquals(running.engineName() + " " + running.engineVersion(), card.engine(),
                "the card names the engine that trained it");

        Evaluation here;
        try (LoadedModel loaded = ModelFolder.load(folder, Device.cpu())) {
            here = TestSets.evaluate(loaded, TestData.test(), 300);
        }
        Evaluation there = evaluateOn(other, folder, card);

        assertEquals(here.evaluated(), there.evaluated());
        assertEquals(here.metrics().digitAccuracy(), there.metrics().digitAccuracy(), 0.0);
        assertEquals(here.metrics().sumAccuracy(), there.metrics().sumAccuracy(), 0.0);
        assertEquals(here.metrics().loss(), there.metrics().loss(), 1e-4);
    }

    private static Evaluation evaluateOn(EngineChoice engine, Path folder, ModelCard card)
            throws IOException, MalformedModelException {
        try (Model model = Model.newInstance(ModelFolder.PARAMS_PREFIX, Device.cpu(), engine.djlName())) {
            model.setBlock(ArchitectureId.byId(card.architecture()).newNetwork());
            String epoch = card.paramsFile().replaceAll("\\D", "");
            model.load(folder, ModelFolder.PARAMS_PREFIX, Map.of("epoch", Integer.toString(Integer.parseInt(epoch))));
            assertEquals(engine.djlName(), model.getNDManager().getEngine().getEngineName());
            try (NDManager manager = model.getNDManager().newSubManager()) {
                return ModelEvaluator.evaluate(model.getBlock(), manager, TestSets.of(TestData.test(), 300));
            }
        }
    }
}
