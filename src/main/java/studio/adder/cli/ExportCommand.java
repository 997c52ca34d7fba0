package studio.adder.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import studio.adder.engine.EngineSetup;
import studio.adder.export.ExportException;
import studio.adder.export.ExportFormat;
import studio.adder.export.ExportResult;
import studio.adder.export.ModelExports;
import studio.adder.model.ModelLibrary;

/**
 * {@code export}: writes a model in one of the export formats: a DJL archive (the default), an
 * ONNX file, a PyTorch folder or a web page. Prints where it went and the snippet that loads it.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a model: djl (a .zip: parameters, card, serving.properties, README; the default),"
                + " onnx (one .onnx file), pytorch (a folder: model.safetensors, adder_model.py) or web"
                + " (one offline .html page). Refuses an output that exists.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "DIR|ZIP", description = "Model folder or archive (default: the shipped model).")
    Path model;

    @Option(names = "--format", paramLabel = "djl|onnx|pytorch|web", defaultValue = "djl",
            description = "Export format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file or folder to write (.zip, .onnx or .html is added when missing); must not exist.")
    Path out;

    @Override
    public Integer call() {
        ExportFormat chosen = ExportFormat.parse(format);
        if (ModelExports.exporter(chosen).needsWeights()) {
            // Reading the weights loads the model through DJL: the engine must be set up first.
            EngineSetup.start();
        }
        ExportResult result;
        try {
            result = ModelExports.export(model == null ? ModelLibrary.shippedModelFolder() : model, chosen, out);
        } catch (ExportException e) {
            throw new CliException(e.getMessage());
        }
        System.err.printf(Locale.ROOT, "Exported %s as %s to %s (%,d bytes)%n",
                model == null ? "the shipped model" : model, chosen.id(), result.written(), result.bytes());
        System.out.print(result.snippet());
        return 0;
    }
}
