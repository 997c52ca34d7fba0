package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Record;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studio.adder.TestData;
import studio.adder.engine.EngineSetup;
import studio.adder.train.TestSets;

class AdderDatasetTest {

    @Test
    void labelsAreTheDigitAndTheDigitPlusTheNumber() {
        EngineSetup.start();
        AdderDataset dataset = TestSets.of(TestData.test(), 64);
        try (NDManager manager = NDManager.newBaseManager()) {
            Batch batch = dataset.batches(manager).iterator().next();
            NDList data = batch.getData();
            float[] oneHot = data.get(1).toFloatArray();
            float[] digits = batch.getLabels().get(0).toFloatArray();
            float[] sums = batch.getLabels().get(1).toFloatArray();
            assertEquals(64, batch.getSize());
            assertArrayEquals(new long[] {64, 1, 28, 28}, data.get(0).getShape().getShape());
            for (int i = 0; i < 64; i++) {
                int number = dataset.number(i);
                assertEquals(TestData.test().label(i), (int) digits[i], "digit label of sample " + i);
                assertEquals(digits[i] + number, sums[i], "sum label of sample " + i);
                for (int k = 0; k < 10; k++) {
                    assertEquals(k == number ? 1f : 0f, oneHot[i * 10 + k], "one-hot of sample " + i);
                }
            }
            batch.close();
        }
    }

    @Test
    void singleRecordsFollowDjlsDatasetContract() {
        EngineSetup.start();
        AdderDataset dataset = TestSets.of(TestData.test(), 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            Record record = dataset.get(manager, 3);
            assertArrayEquals(new long[] {1, 28, 28}, record.getData().get(0).getShape().getShape());
            assertArrayEquals(new long[] {10}, record.getData().get(1).getShape().getShape());
            assertEquals(TestData.test().label(3), (int) record.getLabels().get(0).getFloat());
            assertEquals(TestData.test().label(3) + dataset.number(3), (int) record.getLabels().get(1).getFloat());
            assertEquals(10, dataset.size());
        }
    }

    @Test
    void testNumbersAreFixedAcrossBuildsAndEpochs() {
        AdderDataset first = TestSets.of(TestData.test(), 0);
        AdderDataset second = TestSets.of(TestData.test(), 0);
        second.nextEpoch();
        second.nextEpoch();
        int[] histogram = new int[10];
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.number(i), second.number(i));
            histogram[first.number(i)]++;
        }
        for (int count : histogram) {
            assertTrue(count > 60, "numbers should be spread over 0-9, got " + count + " of one value");
        }
    }

    @Test
    void trainingNumbersAreRedrawnEachEpochFromTheSeed() {
        AdderDataset a = trainingSet(7);
        AdderDataset b = trainingSet(7);
        int[] before = numbers(a);
        assertArrayEquals(before, numbers(b), "same seed, same numbers");
        a.nextEpoch();
        b.nextEpoch();
        assertArrayEquals(numbers(a), numbers(b), "same seed, same second epoch");
        assertNotEquals(Arrays.toString(before), Arrays.toString(numbers(a)));
    }

    @Test
    void prefetchingOnAnotherThreadGivesTheSameBatches() throws Exception {
        EngineSetup.start();
        AtomicInteger prepared = new AtomicInteger();
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(() -> {
                prepared.incrementAndGet();
                task.run();
            }, "test-batch-preparation");
            thread.setDaemon(true);
            return thread;
        });
        try (NDManager manager = NDManager.newBaseManager()) {
            List<float[]> direct = images(augmentedSet().batches(manager), 4);
            List<float[]> prefetched = images(augmentedSet().batches(manager, executor), 4);
            assertEquals(4, prefetched.size());
            for (int i = 0; i < direct.size(); i++) {
                assertArrayEquals(direct.get(i), prefetched.get(i), "batch " + i);
            }
            assertNotEquals(Arrays.toString(direct.get(0)), Arrays.toString(direct.get(1)));
            assertEquals(1, prepared.get(), "one preparing thread was started and used");
        } finally {
            executor.shutdownNow();
        }
    }

    private static AdderDataset augmentedSet() {
        // Sequential order, so only the seeded augmentation could make the two passes differ.
        return AdderDataset.builder().setData(TestData.train()).setSampling(16, false)
                .optSeed(5).optAugment(true).optPrefetchNumber(2).build();
    }

    private static List<float[]> images(Iterable<Batch> batches, int count) {
        List<float[]> images = new ArrayList<>();
        for (Batch batch : batches) {
            try (batch) {
                images.add(batch.getData().get(0).toFloatArray());
            }
            if (images.size() == count) {
                break;
            }
        }
        return images;
    }

    @Test
    void normalisationMatchesTheNotebook() {
        float[] image = new float[784];
        image[0] = 1f;
        AdderDataset.normalise(image, 0);
        assertEquals((1f - 0.1307f) / 0.3081f, image[0], 1e-6);
        assertEquals(-0.1307f / 0.3081f, image[1], 1e-6);
    }

    private static AdderDataset trainingSet(long seed) {
        return AdderDataset.builder().setData(TestData.train()).setSampling(32, true)
                .optSeed(seed).optRedrawNumbersEachEpoch(true).build();
    }

    private static int[] numbers(AdderDataset dataset) {
        int[] numbers = new int[(int) dataset.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = dataset.number(i);
        }
        return numbers;
    }
}
