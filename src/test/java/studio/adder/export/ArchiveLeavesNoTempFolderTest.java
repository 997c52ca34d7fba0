package studio.adder.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.engine.EngineAssumptions;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelArchives;
import studio.adder.model.ModelLibrary;
import studio.adder.model.ModelLoadException;

/** Opening or re-exporting an archive unpacks it into a temporary folder that is gone afterwards. */
class ArchiveLeavesNoTempFolderTest {

    @Test
    void openingAndReExportingAnArchiveLeaveNoTemporaryFolder(@TempDir Path temp) throws IOException {
        EngineAssumptions.assumeEngineRuns();
        Path archive = ModelExporter.export(ModelLibrary.shippedModelFolder(), temp.resolve("shipped.zip"));
        Set<Path> before = importFolders();

        try (LoadedModel loaded = ModelArchives.load(archive, Device.cpu())) {
            assertEquals(archive, loaded.source());
        }
        ModelExporter.exportFolderOrArchive(archive, temp.resolve("again.zip"));
        Files.writeString(temp.resolve("broken.zip"), "not a zip");
        assertThrows(ModelLoadException.class, () -> ModelArchives.load(temp.resolve("broken.zip"), Device.cpu()));

        // Other test JVMs may unpack archives meanwhile; ours must not be among what is left.
        Set<Path> left = importFolders();
        left.removeAll(before);
        assertEquals(Set.of(), left, "temporary folders left behind");
    }

    private static Set<Path> importFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("adder-import-"))
                    .collect(Collectors.toSet());
        }
    }
}
