package studio.adder.export.pytorch;

import java.nio.file.Path;
import studio.adder.export.ExportException;
import studio.adder.export.ExportFormat;
import studio.adder.export.ExportSource;
import studio.adder.export.FormatExporter;
import studio.adder.export.Snippets;

/** {@link ExportFormat#PYTORCH}: a folder with model.safetensors and adder_model.py. */
public final class PyTorchExporter implements FormatExporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.PYTORCH;
    }

    @Override
    public boolean needsWeights() {
        return true;
    }

    @Override
    public void write(ExportSource source, Path staging, String fileName) {
        throw new ExportException("The PyTorch export is not available in this build yet.", null);
    }

    @Override
    public String snippet(Path written) {
        return Snippets.pytorchPython(written);
    }
}
