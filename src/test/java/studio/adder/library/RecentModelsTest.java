package studio.adder.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent-models list: order, capacity, missing models, and a corrupt file. */
class RecentModelsTest {

    @TempDir
    Path temp;

    private RecentModels store() {
        return new RecentModels(temp.resolve("home/recent-models.json"));
    }

    private RecentModel existingModel(String name) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("models").resolve(name));
        return new RecentModel(name, "compact", 0.981, 0.953, "2026-11-28T10:00:00Z", folder, false);
    }

    @Test
    void anEmptyStoreListsNothing() {
        assertEquals(List.of(), store().list());
    }

    @Test
    void recordedModelsComeBackMostRecentFirstWithTheirFigures() throws IOException {
        RecentModel first = existingModel("first");
        RecentModel second = existingModel("second");
        store().record(first);
        store().record(second);

        List<RecentModel> listed = store().list();

        assertEquals(List.of("second", "first"), listed.stream().map(RecentModel::name).toList());
        assertEquals(first, listed.get(1), "every field survives the round trip through the file");
    }

    @Test
    void recordingAModelAgainMovesItFirstWithoutADuplicate() throws IOException {
        RecentModel first = existingModel("first");
        store().record(first);
        store().record(existingModel("second"));
        store().record(first);

        assertEquals(List.of("first", "second"), store().list().stream().map(RecentModel::name).toList());
    }

    @Test
    void theListKeepsOnlyTheNewestEight() throws IOException {
        for (int i = 0; i < RecentModels.CAPACITY + 3; i++) {
            store().record(existingModel("model-" + i));
        }

        List<RecentModel> listed = store().list();

        assertEquals(RecentModels.CAPACITY, listed.size());
        assertEquals("model-10", listed.get(0).name());
        assertEquals("model-3", listed.get(RecentModels.CAPACITY - 1).name());
    }

    @Test
    void aModelWhoseFolderDisappearedIsFlaggedMissing() throws IOException {
        RecentModel kept = existingModel("kept");
        RecentModel deleted = existingModel("deleted");
        store().record(kept);
        store().record(deleted);
        Files.delete(deleted.path());

        List<RecentModel> listed = store().list();

        assertTrue(listed.get(0).missing(), "the deleted model is still listed, marked missing");
        assertFalse(listed.get(1).missing());
    }

    @Test
    void unknownAccuraciesSurviveTheFile() throws IOException {
        RecentModel model = existingModel("untested");
        RecentModel untested = new RecentModel("untested", "seed", Double.NaN, Double.NaN, "",
                model.path(), false);
        store().record(untested);

        assertTrue(Double.isNaN(store().list().get(0).digitAccuracy()));
    }

    @Test
    void aCorruptFileReadsAsAnEmptyListAndIsReplacedOnTheNextRecord() throws IOException {
        Path file = temp.resolve("home/recent-models.json");
        Files.createDirectories(file.getParent());
        for (String corrupt : List.of("{not json", "{\"name\": 3}", "[1, 2]", "\u0000\u0001", "")) {
            Files.writeString(file, corrupt);
            assertEquals(List.of(), store().list(), "corrupt content: " + corrupt);
        }

        store().record(existingModel("fresh"));

        assertEquals(1, store().list().size());
    }
}
