package studio.adder.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.TestData;
import studio.adder.engine.EngineAssumptions;
import studio.adder.export.ExportFormat;
import studio.adder.library.RecentModel;
import studio.adder.library.RecentModels;
import studio.adder.model.ArchitectureId;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelLibrary;
import studio.adder.predict.ModelSummary;
import studio.adder.predict.PredictionService;
import studio.adder.ui.ActiveModelViewModel;
import studio.adder.ui.common.DroppedFiles;
import studio.adder.ui.common.ImmediateRunner;
import studio.adder.ui.common.UserMessage;

/**
 * Export and import through the UI's commands, with a synchronous runner and a real model: what
 * the File menu, the training tab's button and a drop on the window call.
 */
class ModelLibraryViewModelTest {

    private static PredictionService predictions;
    /** A freshly trained tiny model, so these tests do not depend on the shipped one. */
    private static Path trainedModel;

    @TempDir
    Path temp;

    private ModelLibraryViewModel library;
    private ActiveModelViewModel activeModel;

    @BeforeAll
    static void startEngineAndTrainATinyModel(@TempDir Path models) {
        EngineAssumptions.assumeEngineRuns();
        predictions = new PredictionService();
        trainedModel = TestData.trainTinyModel(ArchitectureId.DEFAULT, models.resolve("tiny"));
    }

    @AfterAll
    static void stopEngine() {
        if (predictions != null) {
            predictions.close();
        }
    }

    @BeforeEach
    void openTheTrainedModel() {
        library = new ModelLibraryViewModel(new ImmediateRunner(), predictions,
                new RecentModels(temp.resolve("recent-models.json")));
        activeModel = new ActiveModelViewModel(new ImmediateRunner(), predictions);
        // As MainWindow wires it: every model that becomes active is remembered.
        activeModel.activeProperty().addListener(o -> library.remember(activeModel.activeProperty().get()));
        activeModel.use(trainedModel);
        assertNotNull(activeModel.activeProperty().get(), () -> "the trained model opens: " + activeModel.messageProperty().get());
    }

    @Test
    void exportingTheActiveModelWritesAnArchiveTheLibraryLoads() {
        Path archive = temp.resolve("trained.zip");

        library.exportActiveModel(archive);

        UserMessage message = library.messageProperty().get();
        assertFalse(message.problem(), message.toString());
        assertTrue(message.text().contains(archive.toString()), message.text());
        assertFalse(library.exportingProperty().get());
        LoadedModel loaded = ModelLibrary.load(archive, Device.cpu());
        try (var model = loaded.model()) {
            assertEquals(activeModel.activeProperty().get().name(), loaded.card().name());
        }
    }

    @Test
    void eachFormatIsWrittenAndTheMessageCarriesTheSnippetThatLoadsIt() {
        for (ExportFormat format : ExportFormat.values()) {
            Path chosen = temp.resolve("as-" + format.id());

            library.exportActiveModel(format, chosen);

            UserMessage message = library.messageProperty().get();
            assertFalse(message.problem(), message.toString());
            Path written = temp.resolve("as-" + format.id() + format.ending());
            assertTrue(message.text().contains(" as " + format.title() + " to " + written + " ("), message.text());
            assertTrue(message.code().contains(written.getFileName().toString()), "the snippet loads what was written: "
                    + message.code());
            assertTrue(format.isFolder() ? Files.isDirectory(written) : Files.isRegularFile(written), written.toString());
        }
    }

    @Test
    void aFolderThatExistsIsNeverReplacedByAPyTorchExport() throws Exception {
        Path existing = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(existing.resolve("notes.txt"), "keep me");

        library.exportActiveModel(ExportFormat.PYTORCH, existing);

        UserMessage message = library.messageProperty().get();
        assertTrue(message.problem());
        assertTrue(message.text().contains("already exists"), message.text());
        assertEquals(List.of(existing.resolve("notes.txt")), Files.list(existing).toList());
        assertFalse(library.exportingProperty().get());
    }

    @Test
    void aNameChosenWithoutZipGetsItAndTheMessageSaysWhere() {
        library.exportActiveModel(temp.resolve("no-extension"));

        Path written = temp.resolve("no-extension.zip");
        UserMessage message = library.messageProperty().get();
        assertFalse(message.problem(), message.toString());
        assertTrue(message.text().contains(written.toString()), message.text());
        assertTrue(Files.isRegularFile(written));
        assertFalse(Files.exists(temp.resolve("no-extension")));
    }

    @Test
    void exportingTheActiveShippedModelWritesAnArchiveTheLibraryLoads() {
        activeModel.start();
        ModelSummary active = activeModel.activeProperty().get();
        assertTrue(active.shipped(), () -> "the shipped model should be active: "
                + activeModel.messageProperty().get());
        Path archive = temp.resolve("shipped.zip");

        library.exportActiveModel(archive);

        UserMessage message = library.messageProperty().get();
        assertFalse(message.problem(), message.toString());
        assertTrue(message.text().contains(archive.toString()), message.text());
        assertFalse(library.exportingProperty().get());
        LoadedModel loaded = ModelLibrary.load(archive, Device.cpu());
        try (var model = loaded.model()) {
            assertEquals(ModelLibrary.SHIPPED_NAME, loaded.card().name());
        }
    }

    @Test
    void aModelOpenedFromAnArchiveExportsAgainAndIsRemembered() {
        Path first = temp.resolve("first.zip");
        library.exportActiveModel(first);
        activeModel.use(first);
        assertEquals(first, activeModel.activeProperty().get().source());

        Path second = temp.resolve("second.zip");
        library.exportActiveModel(second);

        assertFalse(library.messageProperty().get().problem(), library.messageProperty().get().toString());
        assertTrue(Files.isRegularFile(second));
        activeModel.use(second);
        assertEquals(List.of(second.toAbsolutePath(), first.toAbsolutePath(), trainedModel.toAbsolutePath()),
                library.recent().stream().map(RecentModel::path).toList(),
                "each opened model is remembered, most recent first");
        assertTrue(ModelLibraryViewModel.menuLabel(library.recent().get(0)).contains("digit "));
    }

    @Test
    void exportingIntoAMissingFolderSaysWhyAndWritesNothing() {
        Path archive = temp.resolve("no-such-folder/model.zip");

        library.exportActiveModel(archive);

        UserMessage message = library.messageProperty().get();
        assertTrue(message.problem());
        assertTrue(message.text().contains("does not exist"), message.text());
        assertFalse(Files.exists(archive.getParent()));
    }

    @Test
    void droppingAFileThatIsNoArchiveKeepsTheModelAndSaysWhy() throws Exception {
        ModelSummary before = activeModel.activeProperty().get();
        Path notes = Files.writeString(temp.resolve("notes.txt"), "not a model");
        File dropped = DroppedFiles.firstModel(List.of(notes.toFile())).orElseThrow();

        activeModel.use(dropped.toPath());

        assertEquals(before, activeModel.activeProperty().get());
        assertEquals(before.name(), predictions.activeModel().orElseThrow().name());
        UserMessage message = activeModel.messageProperty().get();
        assertNotNull(message, "the user is told why");
        assertTrue(message.text().contains("notes.txt"), message.text());
        assertEquals(List.of(trainedModel.toAbsolutePath()), library.recent().stream().map(RecentModel::path).toList(),
                "a failed import is not remembered");
    }

    @Test
    void dropsSendPicturesToTheCanvasAndEverythingElseToTheModelLoader() throws Exception {
        File picture = Files.writeString(temp.resolve("three.PNG"), "").toFile();
        File folder = Files.createDirectories(temp.resolve("model-folder")).toFile();
        File archive = Files.writeString(temp.resolve("model.zip"), "").toFile();

        assertEquals(picture, DroppedFiles.firstPicture(List.of(folder, picture)).orElseThrow());
        assertEquals(folder, DroppedFiles.firstModel(List.of(picture, folder)).orElseThrow());
        assertEquals(archive, DroppedFiles.firstModel(List.of(picture, archive)).orElseThrow());
        assertTrue(DroppedFiles.firstModel(List.of(picture)).isEmpty());
    }

    @Test
    void aMissingRecentModelIsLabelledMissing() {
        RecentModel gone = new RecentModel("gone", "compact", 0.99, Double.NaN, "2026-11-28T10:00:00Z",
                temp.resolve("gone"), true);

        String label = ModelLibraryViewModel.menuLabel(gone);

        assertEquals("gone · compact · digit 99.0 %, sum – · 2026-11-28 (missing)", label);
    }
}
