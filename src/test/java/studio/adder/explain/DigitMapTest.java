package studio.adder.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.engine.EngineSetup;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;

class DigitMapTest {

    @Test
    void theProjectionIsDeterministicForASeed() {
        float[][] rows = cloud(400, 30, 7);
        Pca first = Pca.fit(rows, 2, 11);
        Pca again = Pca.fit(rows, 2, 11);
        for (float[] row : rows) {
            assertArrayEquals(first.project(row), again.project(row));
        }
    }

    @Test
    void theFirstComponentFollowsTheWidestSpread() {
        // Points spread 10x wider along axis 3 than along any other: the first component must be that axis.
        float[][] rows = cloud(500, 8, 3);
        for (float[] row : rows) {
            row[3] *= 10;
        }
        Pca pca = Pca.fit(rows, 2, 1);
        float[] unit = new float[8];
        unit[3] = 1;
        float[] origin = new float[8];
        float along = pca.project(unit)[0] - pca.project(origin)[0];
        assertEquals(1.0, Math.abs(along), 0.02);
        assertEquals(0.0, pca.project(unit)[1] - pca.project(origin)[1], 0.05);
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
