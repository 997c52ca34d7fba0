package studio.adder.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link ExportFormat#DJL}: the self-describing .zip of {@link ModelExporter}, byte for byte. */
final class DjlArchiveExporter implements FormatExporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.DJL;
    }

    @Override
    public boolean needsWeights() {
        return false;
    }

    @Override
    public void write(ExportSource source, Path staging, String fileName) throws IOException {
        try (OutputStream out = Files.newOutputStream(staging.resolve(fileName))) {
            ModelExporter.writeZip(out, source.folder(), source.card());
        }
    }

    @Override
    public String snippet(Path written) {
        return Snippets.djl(written);
    }
}
