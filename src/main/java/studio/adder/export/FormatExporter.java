package studio.adder.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a model in one {@link ExportFormat}. {@link ModelExports} owns the rest: it opens the
 * source, refuses a destination that exists, gives the exporter an empty staging folder beside
 * the destination and moves the result into place, so an exporter never deals with half files.
 */
public interface FormatExporter {

    /** The format this exporter writes. */
    ExportFormat format();

    /**
     * Whether {@link #write} reads {@link ExportSource#weights()}: loading them is DJL work, done
     * on the engine thread, while writing is plain file work.
     */
    boolean needsWeights();

    /**
     * Writes the export into {@code staging}, an empty folder on the destination's file system. A
     * folder format writes its files straight into it; a file format writes its one file as
     * {@code staging.resolve(fileName)} (and may add a companion beginning with the same name).
     *
     * @param fileName the destination's file (or folder) name, ending included
     */
    void write(ExportSource source, Path staging, String fileName) throws IOException;

    /** A short piece of code that loads the export written at {@code written} and predicts one picture. */
    String snippet(Path written);
}
