package studio.adder.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.adder.TestData;
import studio.adder.client.AdderInput;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;
import studio.adder.predict.DigitPredictor;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;

/** Looks inside both architectures: the shipped compact model and a seed model trained here for a moment. */
@Tag("slow")
class ExplainerTest {

    private static final Logger LOG = LoggerFactory.getLogger(ExplainerTest.class);

    /**
     * Ink pixels are those at least this bright: the stroke's body, not its anti-aliased fringe. Both methods
     * give blank pixels nothing by construction, so counting the faint fringe as ink would make the check empty.
     */
    private static final float STROKE_BODY = 0.25f;

    @TempDir
    static Path folder;

    private static LoadedModel compact;
    private static LoadedModel seed;

    @BeforeAll
    static void loadModels() {
        EngineSetup.start();
        compact = ModelLibrary.load(null, Device.cpu());
        seed = ModelLibrary.load(TestData.trainTinyModel(ArchitectureId.SEED, folder.resolve("seed")), Device.cpu());
    }

    @AfterAll
    static void closeModels() {
        compact.close();
        seed.close();
    }

    @Test
    void compactLayersHaveTheArchitecturesShapes() {
        List<LayerOutput> layers = new Explainer(compact.model()).layers(TestData.inputs(1).get(0));
        assertEquals("conv 1", layers.get(0).name());
        assertArrayEquals(new int[] {16, 28, 28}, layers.get(0).shape());
        assertEquals(3, layers.get(0).kernels().side());
        assertEquals(1, layers.get(0).kernels().inputs());
        assertEquals("batch norm 1", layers.get(1).name());
        assertEquals("relu 1", layers.get(2).name());
        assertArrayEquals(new int[] {16, 14, 14}, find(layers, "max pool 1").shape());
        assertArrayEquals(new int[] {96, 5, 5}, find(layers, "conv 4").shape());
        assertArrayEquals(new int[] {2400}, find(layers, "flatten 1").shape());
        assertArrayEquals(new int[] {10}, find(layers, "dense 1").shape());
        assertArrayEquals(new int[] {100}, find(layers, "sum outer product 1").shape());
        assertArrayEquals(new int[] {19}, layers.get(layers.size() - 1).shape());
    }

    @Test
    void seedLayersHaveTheArchitecturesShapes() {
        List<LayerOutput> layers = new Explainer(seed.model()).layers(TestData.inputs(1).get(0));
        assertEquals(7, layers.stream().filter(l -> l.kernels() != null).count(), "seven convolutions");
        assertArrayEquals(new int[] {32, 28, 28}, find(layers, "conv 2").shape());
        assertArrayEquals(new int[] {256, 3, 3}, find(layers, "conv 6").shape());
        assertArrayEquals(new int[] {10, 1, 1}, find(layers, "conv 7").shape());
        assertEquals(256, find(layers, "conv 7").kernels().inputs());
        assertArrayEquals(new int[] {20}, find(layers, "sum concat 1").shape());
        assertArrayEquals(new int[] {19}, find(layers, "sum dense 3").shape());
    }

    @Test
    void layerByLayerGivesTheNetworksOwnAnswer() {
        for (LoadedModel loaded : List.of(compact, seed)) {
            AdderInput input = TestData.inputs(3).get(2);
            Explanation explanation = new Explainer(loaded.model()).explain(input, Head.DIGIT, SaliencyMethod.GRADIENT);
            try (var predictor = new DigitPredictor(loaded)) {
                assertArrayEquals(predictor.predict(input).digitProbabilities(),
                        explanation.prediction().digitProbabilities(), 1e-4f);
                assertArrayEquals(predictor.predict(input).sumProbabilities(),
                        explanation.prediction().sumProbabilities(), 1e-4f);
            }
        }
    }

    @Test
    void aBlankImageHasNoSaliency() {
        AdderInput blank = new AdderInput(new float[784], 4);
        for (LoadedModel loaded : List.of(compact, seed)) {
            Explainer explainer = new Explainer(loaded.model());
            for (SaliencyMethod method : SaliencyMethod.values()) {
                for (Head head : Head.values()) {
                    assertArrayEquals(new float[784], explainer.saliency(blank, head, 3, method).map(),
                            loaded.card().architecture() + " " + method + " " + head);
                }
            }
        }
    }

    @Test
    void mostSaliencyLiesOnTheInkOfUnseenDrawings() {
        List<float[]> drawings = committedDrawings();
        assertTrue(drawings.size() >= 20, "found " + drawings.size() + " drawings");
        for (LoadedModel loaded : List.of(compact, seed)) {
            Explainer explainer = new Explainer(loaded.model());
            for (SaliencyMethod method : SaliencyMethod.values()) {
                for (Head head : Head.values()) {
                    double share = meanInkShare(explainer, drawings, head, method, STROKE_BODY);
                    String what = loaded.card().architecture() + " " + method + " " + head;
                    LOG.info("Saliency mass on the stroke body, {}: {} (on any ink: {})", what,
                            String.format("%.3f", share),
                            String.format("%.3f", meanInkShare(explainer, drawings, head, method, 0.02f)));
                    assertTrue(share >= 0.6, what + ": " + share);
                }
            }
        }
    }

    @Test
    void theSumHeadViewFitsItsArchitecture() {
        AdderInput input = TestData.inputs(1).get(0);
        Explanation compactView = new Explainer(compact.model()).explain(input, Head.SUM, SaliencyMethod.GRADIENT);
        CompactSumGrid grid = assertInstanceOf(CompactSumGrid.class, compactView.sumHead());
        assertEquals(input.number(), grid.number());
        assertTrue(grid.cellsThatAdd() >= 90, "the shipped head adds in " + grid.cellsThatAdd() + " cells");
        Explanation seedView = new Explainer(seed.model()).explain(input, Head.SUM, SaliencyMethod.GRADIENT);
        assertInstanceOf(LinearSumMap.class, seedView.sumHead());
    }

    private static double meanInkShare(Explainer explainer, List<float[]> drawings, Head head, SaliencyMethod method,
            float inkThreshold) {
        double total = 0;
        int counted = 0;
        int number = 0;
        for (float[] pixels : drawings) {
            AdderInput input = new AdderInput(pixels, number);
            number = (number + 3) % 10;
            Saliency saliency = explainer.explain(input, head, method).saliency();
            // A barely trained head may not change its answer under any patch: no mass to place, nothing to count.
            if (saliency.hasMass()) {
                total += saliency.massOn(pixels, inkThreshold);
                counted++;
            }
        }
        assertTrue(counted >= drawings.size() / 4, "saliency had mass on " + counted + " drawings");
        return total / counted;
    }

    /** The committed drawings no model was trained on: the sample pictures and a scripted person's held-out set. */
    static List<float[]> committedDrawings() {
        List<float[]> drawings = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("assets/samples"));
                Stream<Path> heldOut = Files.walk(Path.of("src/test/resources/my-digits"))) {
            List<Path> files = new ArrayList<>(samples.sorted().toList());
            List<Path> held = heldOut.filter(p -> p.toString().endsWith(".png")).sorted().toList();
            for (int i = 0; i < held.size(); i += 10) {
                files.add(held.get(i));
            }
            for (Path file : files) {
                Optional<float[]> pixels = MnistPreprocessor.toMnist(GrayImage.read(file));
                pixels.ifPresent(drawings::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drawings;
    }

    private static LayerOutput find(List<LayerOutput> layers, String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no layer " + name + " in "
                        + layers.stream().map(LayerOutput::name).toList()));
    }
}
