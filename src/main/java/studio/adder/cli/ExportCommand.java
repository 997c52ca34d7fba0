package studio.adder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import studio.adder.export.ExportException;
import studio.adder.export.ModelExporter;
import studio.adder.model.ModelLibrary;

/** {@code export}: writes a model folder as one archive that plain DJL code can load. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a model folder as a .zip (parameters, card, serving.properties, README).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "DIR|ZIP", description = "Model folder or archive (default: the shipped model).")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The archive to write (.zip is added when missing).")
    Path out;

    @Override
    public Integer call() {
        Path written;
        try {
            written = ModelExporter.exportFolderOrArchive(
                    model == null ? ModelLibrary.shippedModelFolder() : model, out);
        } catch (ExportException e) {
            throw new CliException(e.getMessage());
        }
        System.err.println("Exported " + (model == null ? "the shipped model" : model) + " to " + written);
        return 0;
    }
}
