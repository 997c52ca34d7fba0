package studio.adder.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import studio.adder.export.onnx.OnnxExporter;
import studio.adder.export.pytorch.PyTorchExporter;
import studio.adder.export.web.WebPageExporter;
import studio.adder.util.AtomicFiles;

/**
 * Every export format behind one entry point: picks the {@link FormatExporter}, refuses a
 * destination that exists or cannot be written, stages the export beside it and moves it into
 * place, so a failed export leaves nothing behind and never touches an existing file.
 */
public final class ModelExports {

    private static final Map<ExportFormat, FormatExporter> EXPORTERS = new EnumMap<>(ExportFormat.class);

    static {
        for (FormatExporter exporter : List.of(new DjlArchiveExporter(), new OnnxExporter(),
                new PyTorchExporter(), new WebPageExporter())) {
            EXPORTERS.put(exporter.format(), exporter);
        }
    }

    private ModelExports() {}

    /** The exporter of {@code format}. */
    public static FormatExporter exporter(ExportFormat format) {
        return EXPORTERS.get(format);
    }

    /** Where an export chosen as {@code out} lands: the format's ending is added when missing. */
    public static Path destination(ExportFormat format, Path out) {
        return format == ExportFormat.DJL ? ModelExporter.withZipExtension(out) : Endings.withEnding(out, format.ending());
    }

    /**
     * Opens {@code model} (folder or archive), exports it as {@code format} to {@code out} and
     * closes it again; everything on the calling thread (the command line's way). An existing
     * destination is refused.
     *
     * @throws ExportException when the destination exists or cannot be written
     * @throws studio.adder.model.ModelLoadException when {@code model} is not a model
     */
    public static ExportResult export(Path model, ExportFormat format, Path out) {
        Path destination = destination(format, out);
        checkDestination(format, destination, false);
        try (ExportSource source = ExportSource.open(model, exporter(format).needsWeights())) {
            return write(source, format, destination, false);
        }
    }

    /**
     * Writes an opened source as {@code format} to {@code destination} (see {@link #destination}).
     * A file that exists is replaced only when {@code replaceFile} (a save dialog asked the user);
     * a folder that exists is never replaced.
     */
    public static ExportResult write(ExportSource source, ExportFormat format, Path destination, boolean replaceFile) {
        checkDestination(format, destination, replaceFile);
        FormatExporter exporter = exporter(format);
        Path folder = destination.toAbsolutePath().getParent();
        Path staging = null;
        try {
            staging = Files.createTempDirectory(folder, "." + destination.getFileName() + "-");
            // Temporary folders are owner-only; a folder export should read like any other folder.
            makeReadable(staging);
            exporter.write(source, staging, destination.getFileName().toString());
            moveIntoPlace(format, staging, destination, replaceFile);
            return new ExportResult(format, destination, Folders.size(destination), exporter.snippet(destination));
        } catch (FileAlreadyExistsException e) {
            throw exists(destination, e);
        } catch (AccessDeniedException e) {
            throw new ExportException("Cannot export to " + destination + ": the folder is not writable.", e);
        } catch (NoSuchFileException e) {
            throw new ExportException("Cannot export: " + e.getFile() + " is missing.", e);
        } catch (FileSystemException e) {
            throw new ExportException("Cannot export to " + destination + ": "
                    + (e.getReason() != null ? e.getReason() : e.getMessage()), e);
        } catch (IOException e) {
            throw new ExportException("Cannot export to " + destination + ": " + e.getMessage()
                    + " (is the disk full?). Nothing was changed.", e);
        } finally {
            if (staging != null) {
                try {
                    Folders.deleteRecursively(staging);
                } catch (IOException e) {
                    staging.toFile().deleteOnExit();
                }
            }
        }
    }

    private static void makeReadable(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void checkDestination(ExportFormat format, Path destination, boolean replaceFile) {
        Path folder = destination.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("Cannot export to " + destination + ": the folder " + folder
                    + " does not exist.", null);
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("Cannot export to " + destination + ": the folder is not writable.", null);
        }
        boolean exists = Files.exists(destination);
        if (exists && (format.isFolder() || Files.isDirectory(destination) || !replaceFile)) {
            throw exists(destination, null);
        }
    }

    private static ExportException exists(Path destination, Throwable cause) {
        return new ExportException(destination + " already exists. Choose another name, or delete it first;"
                + " nothing was written.", cause);
    }

    /** Folder formats: the staging folder becomes the export. File formats: its files move out, main file last. */
    private static void moveIntoPlace(ExportFormat format, Path staging, Path destination, boolean replaceFile)
            throws IOException {
        if (format.isFolder()) {
            // Fails rather than merges when something appeared meanwhile.
            Files.move(staging, destination);
            return;
        }
        List<Path> companions = new ArrayList<>();
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                if (!file.getFileName().equals(destination.getFileName())) {
                    companions.add(file);
                }
            }
        }
        List<Path> moved = new ArrayList<>();
        try {
            for (Path companion : companions) {
                Path target = destination.resolveSibling(companion.getFileName());
                if (Files.exists(target) && !replaceFile) {
                    throw exists(target, null);
                }
                AtomicFiles.move(companion, target);
                moved.add(target);
            }
            AtomicFiles.move(staging.resolve(destination.getFileName()), destination);
        } catch (IOException | RuntimeException e) {
            for (Path target : moved) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
    }
}
