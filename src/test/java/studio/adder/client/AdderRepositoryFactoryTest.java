package studio.adder.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.repository.Repository;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.initializer.Initializer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.export.ModelExporter;
import studio.adder.model.ModelLibrary;

/**
 * Our {@code file:} repository factory takes over only Adder Studio models: any other DJL model,
 * folder or {@code .zip}, loads exactly as it would without this jar.
 */
class AdderRepositoryFactoryTest {

    @Test
    void onlyAdderStudioModelsGetOurRepository(@TempDir Path temp) throws Exception {
        Path archive = ModelExporter.export(ModelLibrary.shippedModelFolder(), temp.resolve("adder.zip"));
        Path plain = savePlainModel(temp.resolve("plain"));
        String ours = "AdderRepository";
        assertEquals(ours, Repository.newInstance("a", archive).getClass().getSimpleName());
        assertEquals(ours, Repository.newInstance("b", ModelLibrary.shippedModelFolder()).getClass().getSimpleName());
        assertNotEquals(ours, Repository.newInstance("c", plain).getClass().getSimpleName());
        assertNotEquals(ours, Repository.newInstance("d", zip(plain, temp.resolve("plain.zip"))).getClass()
                .getSimpleName());
    }

    @Test
    void anotherDjlModelStillLoadsFromAFolderAndAZip(@TempDir Path temp) throws Exception {
        Path folder = savePlainModel(temp.resolve("plain"));
        float[] expected = null;
        for (Path location : new Path[] {folder, zip(folder, temp.resolve("plain.zip"))}) {
            Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                    .optModelPath(location).optBlock(newLinear()).build();
            try (ZooModel<NDList, NDList> model = criteria.loadModel();
                    Predictor<NDList, NDList> predictor = model.newPredictor();
                    NDManager manager = NDManager.newBaseManager()) {
                float[] answer = predictor.predict(new NDList(manager.ones(new Shape(1, 3)))).singletonOrThrow()
                        .toFloatArray();
                if (expected == null) {
                    expected = answer;
                }
                assertArrayEquals(expected, answer, 0f, location.toString());
                assertEquals(2, answer.length);
            }
        }
    }

    private static Block newLinear() {
        return Linear.builder().setUnits(2).build();
    }

    private static Path savePlainModel(Path folder) throws Exception {
        try (Model model = Model.newInstance("plain")) {
            Block block = newLinear();
            block.setInitializer(Initializer.ONES, Parameter.Type.WEIGHT);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3));
            model.setBlock(block);
            model.save(folder, "plain");
        }
        return folder;
    }

    private static Path zip(Path folder, Path archive) throws Exception {
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out);
                var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                zip.putNextEntry(new ZipEntry("plain/" + file.getFileName()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return archive;
    }
}
