package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.adder.data.TestMirror.Behaviour;

/**
 * The MNIST folder and the fetch on Windows- and macOS-style file systems (Jimfs), in a home
 * folder whose name has a space and non-ASCII letters: plain NIO, so no Linux assumption.
 */
class OtherFileSystemsTest {

    static Stream<Arguments> systems() {
        return Stream.of(
                Arguments.of("Windows", Configuration.windows(), "C:\\Users\\Zoë Müller"),
                Arguments.of("macOS", Configuration.osX(), "/Users/Zoë Müller"),
                Arguments.of("Linux", Configuration.unix(), "/home/zoë müller"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void theFolderReportsAndLoadsRawAndGzipFiles(String name, Configuration configuration, String home)
            throws IOException {
        try (FileSystem system = Jimfs.newFileSystem(configuration)) {
            Path folder = Files.createDirectories(system.getPath(home, ".adder-studio", "mnist"));
            MnistFolder mnist = new MnistFolder(folder);
            assertEquals(4, mnist.status().missingFiles().size());
            assertTrue(mnist.status().describe().contains(folder.toString()), mnist.status().describe());

            Files.write(folder.resolve(MnistSplit.TRAIN.imagesFile()), TestMirror.RAW.get(MnistSplit.TRAIN.imagesFile()));
            Files.write(folder.resolve(MnistSplit.TRAIN.labelsFile() + ".gz"),
                    TestMirror.GZIP.get(MnistSplit.TRAIN.labelsFile()));
            assertTrue(mnist.status().hasTrain(), mnist.status().describe());
            assertEquals(MnistFolder.FileState.GZIP, mnist.stateOf(MnistSplit.TRAIN.labelsFile()));
            assertEquals(300, mnist.load(MnistSplit.TRAIN).labels().count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void theFetchFillsAFolderAndLeavesNoPartBehind(String name, Configuration configuration, String home)
            throws IOException {
        try (FileSystem system = Jimfs.newFileSystem(configuration); TestMirror server = new TestMirror()) {
            Path folder = system.getPath(home, ".adder-studio", "mnist");
            MnistFolder mnist = new MnistFolder(folder);
            new MnistDownloader(mnist, List.of(server.mirror("flaky", Behaviour.GOOD,
                    Map.of(MnistSplit.TEST.imagesFile(), Behaviour.CUT_ONCE))), Optional.empty(),
                    FetchProgress.silent(), new FetchCancel(), TestMirror::sha256, Duration.ofSeconds(10)).fetch();

            assertTrue(mnist.status().complete(), mnist.status().describe());
            for (String file : TestMirror.RAW.keySet()) {
                assertArrayEquals(TestMirror.RAW.get(file), IdxReader.readContent(folder.resolve(file + ".gz")), file);
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")));
            }
        }
    }
}
