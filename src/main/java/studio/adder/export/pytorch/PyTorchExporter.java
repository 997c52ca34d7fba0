package studio.adder.export.pytorch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import studio.adder.AppVersion;
import studio.adder.export.ExportFormat;
import studio.adder.export.ExportSource;
import studio.adder.export.FormatExporter;
import studio.adder.export.ModelWeights;
import studio.adder.export.Readmes;
import studio.adder.export.Snippets;
import studio.adder.model.ModelCard;

/**
 * {@link ExportFormat#PYTORCH}: a folder holding {@code model.safetensors} (the state dict PyTorch's
 * own module would have, by its usual names and layouts), {@code adder_model.py} (a plain
 * {@code torch.nn.Module} per architecture and {@code load(folder)}) and a README.
 */
public final class PyTorchExporter implements FormatExporter {

    /** The weights file's name. */
    public static final String WEIGHTS = "model.safetensors";
    /** The module's file name; Python imports it as {@code adder_model}. */
    public static final String MODULE = "adder_model.py";

    @Override
    public ExportFormat format() {
        return ExportFormat.PYTORCH;
    }

    @Override
    public boolean needsWeights() {
        return true;
    }

    @Override
    public void write(ExportSource source, Path staging, String fileName) throws IOException {
        ModelCard card = source.card();
        stateDict(card, source.weights()).write(staging.resolve(WEIGHTS));
        try (InputStream module = PyTorchExporter.class.getResourceAsStream(MODULE)) {
            if (module == null) {
                throw new IOException(MODULE + " is missing from this build");
            }
            Files.copy(module, staging.resolve(MODULE));
        }
        Files.writeString(staging.resolve("README.txt"), readme(card, Path.of(fileName)), StandardCharsets.UTF_8);
    }

    @Override
    public String snippet(Path written) {
        return Snippets.pytorchPython(written);
    }

    /**
     * The weights under their PyTorch names; batch norms also get the {@code num_batches_tracked}
     * counter PyTorch keeps (zero: DJL does not count), so {@code load_state_dict(strict=True)} takes them.
     */
    private static SafetensorsWriter stateDict(ModelCard card, ModelWeights weights) {
        SafetensorsWriter writer = new SafetensorsWriter();
        for (Map.Entry<String, ModelWeights.Tensor> tensor : weights.tensors().entrySet()) {
            writer.floats(tensor.getKey(), tensor.getValue());
        }
        for (String name : weights.tensors().keySet()) {
            if (name.endsWith(".running_var")) {
                writer.longScalar(name.replace(".running_var", ".num_batches_tracked"), 0);
            }
        }
        return writer.metadata("format", "pt")
                .metadata("architecture", card.architecture())
                .metadata("architecture_version", Integer.toString(card.architectureVersion()))
                .metadata("name", card.name())
                .metadata("test_digit_accuracy", figure(card.testFigure("digitAccuracy")))
                .metadata("test_sum_accuracy", figure(card.testFigure("sumAccuracy")))
                .metadata("preprocessing", Readmes.PREPROCESSING)
                .metadata("app_version", "Adder Studio " + AppVersion.get());
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String readme(ModelCard card, Path folder) {
        return Readmes.header(card, ExportFormat.PYTORCH) + """
                FILES
                  model.safetensors  the trained weights (safetensors: no pickled code), float32, with
                                     PyTorch's names and layouts; the card is in its metadata
                  adder_model.py     CompactAdder and SeedAdder (plain torch.nn.Module) and
                                     load(folder), which returns the right one in eval mode; needs only
                                     torch (uses the safetensors package when it is installed)

                MODEL
                  digit, total = model(image, number)
                  image   float32 (N,1,28,28)  MNIST-style pictures, normalised (x/255 - 0.1307) / 0.3081
                  number  float32 (N,10)       the number to add, one-hot
                  digit   (N,10) P(digit = 0..9);  total  (N,19) P(digit + number = 0..18)

                """ + Readmes.preprocessing() + """
                PYTHON (PyTorch), run beside this folder
                """ + Readmes.indent(Snippets.pytorchPython(folder.getFileName()));
    }
}
