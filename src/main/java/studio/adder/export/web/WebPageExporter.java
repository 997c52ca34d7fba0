package studio.adder.export.web;

import java.nio.file.Path;
import studio.adder.export.ExportException;
import studio.adder.export.ExportFormat;
import studio.adder.export.ExportSource;
import studio.adder.export.FormatExporter;

/** {@link ExportFormat#WEB}: one offline .html page (being built; refuses with a sentence until then). */
public final class WebPageExporter implements FormatExporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.WEB;
    }

    @Override
    public boolean needsWeights() {
        return true;
    }

    @Override
    public void write(ExportSource source, Path staging, String fileName) {
        throw new ExportException("The web page export is not available in this build yet.", null);
    }

    @Override
    public String snippet(Path written) {
        return "";
    }
}
