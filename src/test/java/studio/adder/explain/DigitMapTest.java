package studio.adder.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.engine.EngineSetup;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;

class DigitMapTest {

    @Test
    void theProjectionIsDeterministicForASeed() {
        float[][] rows = cloud(400, 30, 7);
        ReducedFeatures first = ReducedFeatures.of(rows, 5, 11);
        ReducedFeatures again = ReducedFeatures.of(rows, 5, 11);
        for (float[] row : rows) {
            assertArrayEquals(first.reduce(row), again.reduce(row));
        }
    }

    @Test
    void theFirstComponentFollowsTheWidestSpread() {
        // Points spread 10x wider along axis 3 than along any other: the first component must be that axis.
        float[][] rows = cloud(500, 8, 3);
        for (float[] row : rows) {
            row[3] *= 10;
        }
        ReducedFeatures pca = ReducedFeatures.of(rows, 2, 1);
        float[] unit = new float[8];
        unit[3] = 1;
        float[] origin = new float[8];
        float along = pca.reduce(unit)[0] - pca.reduce(origin)[0];
        assertEquals(1.0, Math.abs(along), 0.02);
        assertEquals(0.0, pca.reduce(unit)[1] - pca.reduce(origin)[1], 0.05);
    }

    @Test
    void tsneIsDeterministicForASeedAndReportsProgress() {
        float[][] rows = clusters(3, 40, 10, 5);
        List<Double> progress = new ArrayList<>();
        float[][] first = Tsne.embed(rows, 10, 150, 3, progress::add, () -> false);
        float[][] again = Tsne.embed(rows, 10, 150, 3, p -> { }, () -> false);
        for (int i = 0; i < rows.length; i++) {
            assertArrayEquals(first[i], again[i]);
        }
        assertTrue(progress.size() >= 10, "progress reported " + progress.size() + " times");
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress went back at " + i);
        }
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
        float[][] other = Tsne.embed(rows, 10, 150, 4, p -> { }, () -> false);
        assertFalse(Arrays.equals(first[0], other[0]), "another seed, another start");
    }

    @Test
    void cancellingTsneStopsItBetweenSteps() {
        float[][] rows = clusters(3, 40, 10, 6);
        AtomicInteger asked = new AtomicInteger();
        List<Double> progress = new ArrayList<>();
        assertThrows(CancellationException.class,
                () -> Tsne.embed(rows, 10, 1000, 3, progress::add, () -> asked.incrementAndGet() > 50));
        assertTrue(progress.get(progress.size() - 1) < 0.2, "stopped at " + progress.get(progress.size() - 1));
        assertTrue(asked.get() < 60, "asked " + asked.get() + " times after cancelling");
    }

    @Test
    void tsneSeparatesTheDigitsOfARealSubsetAndPlacesADrawingAmongItsNeighbours() {
        EngineSetup.start();
        try (LoadedModel shipped = ModelLibrary.load(null, Device.cpu())) {
            FeatureSet set = DigitMapper.features(new Explainer(shipped.model()), TestData.test(), 400, p -> { });
            DigitMap pca = DigitMaps.pca(set, p -> { });
            List<Double> progress = new ArrayList<>();
            DigitMap tsne = DigitMaps.tsne(pca, 30, 400, progress::add, () -> false);
            assertEquals(MapProjection.TSNE, tsne.projection());
            assertEquals(400, tsne.size());
            assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
            double within = meanDistance(tsne, true);
            double between = meanDistance(tsne, false);
            assertTrue(within < 0.35 * between, "within " + within + ", between " + between);
            // A test digit's own features place it on (or right beside) its own dot.
            int i = 17;
            float[] place = tsne.place(set.features()[tsne.sources()[i]]);
            double spread = Math.sqrt(between);
            assertEquals(tsne.x()[i], place[0], 0.05 * spread);
            assertEquals(tsne.y()[i], place[1], 0.05 * spread);
        }
    }

    @Test
    void theShippedModelsMapSeparatesTheDigitsAndMeasuresTheSumHead() {
        EngineSetup.start();
        try (LoadedModel shipped = ModelLibrary.load(null, Device.cpu())) {
            Explainer explainer = new Explainer(shipped.model());
            List<Double> progress = new ArrayList<>();
            DigitMap map = DigitMapper.map(explainer, TestData.test(), 500, progress::add);
            DigitMap again = DigitMapper.map(explainer, TestData.test(), 500, p -> { });
            assertEquals(500, map.size());
            assertArrayEquals(map.x(), again.x());
            assertEquals(1.0, progress.get(progress.size() - 1));
            assertTrue(map.errorRate() < 0.03, "digit errors " + map.errorRate());
            assertTrue(map.sumErrors().accuracy() > 0.97, "sum accuracy " + map.sumErrors().accuracy());
            assertEquals(500, Arrays.stream(map.sumErrors().pairs()).sum());
            // Ones and zeros lie apart on the map: their centres differ by more than the ones' own spread.
            assertNotEquals(centre(map, 0), centre(map, 1), spread(map, 1));
        }
    }

    private static float[][] cloud(int count, int width, long seed) {
        Random random = new Random(seed);
        float[][] rows = new float[count][width];
        for (float[] row : rows) {
            for (int j = 0; j < width; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return rows;
    }

    /** Mean squared distance between dots of the same label ({@code same}) or of different labels. */
    private static double meanDistance(DigitMap map, boolean same) {
        double sum = 0;
        long count = 0;
        for (int i = 0; i < map.size(); i++) {
            for (int j = i + 1; j < map.size(); j++) {
                if ((map.labels()[i] == map.labels()[j]) == same) {
                    double dx = map.x()[i] - map.x()[j];
                    double dy = map.y()[i] - map.y()[j];
                    sum += dx * dx + dy * dy;
                    count++;
                }
            }
        }
        return sum / count;
    }

    /** {@code count} clusters of {@code each} points in {@code width} dimensions, their centres 10 apart. */
    private static float[][] clusters(int count, int each, int width, long seed) {
        Random random = new Random(seed);
        float[][] rows = new float[count * each][width];
        for (int c = 0; c < count; c++) {
            for (int i = 0; i < each; i++) {
                for (int j = 0; j < width; j++) {
                    rows[c * each + i][j] = (float) random.nextGaussian() + (j == c ? 10 : 0);
                }
            }
        }
        return rows;
    }

    private static double centre(DigitMap map, int digit) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < map.size(); i++) {
            if (map.labels()[i] == digit) {
                sum += map.x()[i];
                count++;
            }
        }
        return sum / count;
    }

    private static double spread(DigitMap map, int digit) {
        double centre = centre(map, digit);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < map.size(); i++) {
            if (map.labels()[i] == digit) {
                sum += Math.abs(map.x()[i] - centre);
                count++;
            }
        }
        return sum / count;
    }
}
