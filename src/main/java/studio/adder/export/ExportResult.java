package studio.adder.export;

import java.nio.file.Path;

/**
 * An export that was written.
 *
 * @param format the format written
 * @param written the file or folder now in place
 * @param bytes its size on disk (a folder's files added up)
 * @param snippet code that loads it and predicts one picture, as its README shows
 */
public record ExportResult(ExportFormat format, Path written, long bytes, String snippet) {}
