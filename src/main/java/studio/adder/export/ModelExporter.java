package studio.adder.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import studio.adder.client.AdderServingProperties;
import studio.adder.model.ModelArchives;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelCards;
import studio.adder.model.ModelFolder;
import studio.adder.model.ParamsChecksum;
import studio.adder.util.AtomicFiles;

/**
 * Writes a model folder as one self-describing {@code .zip}: the parameters, the card, a
 * {@code serving.properties} for DJL's model loader, and a README on how to use it.
 *
 * <p>The archive is written next to its destination and moved into place, so a failed export
 * leaves no half file and never damages an existing one.
 */
public final class ModelExporter {

    private ModelExporter() {}

    /**
     * Exports the model folder {@code modelFolder} to {@code archive}, with {@code .zip} added to
     * the name when it has no such ending.
     *
     * @return the archive written
     * @throws ExportException with a human message when the destination cannot be written
     */
    public static Path export(Path modelFolder, Path archive) {
        archive = withZipExtension(archive);
        ModelCard card = ModelCards.read(modelFolder);
        Path params = modelFolder.resolve(card.paramsFile());
        if (Files.isRegularFile(params)) {
            // Re-exporting an archive whose parameters were altered would give them a fresh, valid checksum.
            ParamsChecksum.verify(modelFolder, card);
        }
        Path folder = archive.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("Cannot export to " + archive + ": the folder " + folder
                    + " does not exist.", null);
        }
        try {
            String sha256 = ParamsChecksum.sha256(params);
            AtomicFiles.write(archive, out -> writeZip(out, card, params, sha256));
        } catch (AccessDeniedException e) {
            throw new ExportException("Cannot export to " + archive + ": the folder is not writable.", e);
        } catch (NoSuchFileException e) {
            throw new ExportException("Cannot export: " + e.getFile() + " is missing.", e);
        } catch (FileSystemException e) {
            throw new ExportException("Cannot export to " + archive + ": " + reason(e), e);
        } catch (IOException e) {
            throw new ExportException("Cannot export to " + archive + ": " + e.getMessage()
                    + " (is the disk full?). Nothing was changed.", e);
        }
        return archive;
    }

    /** {@code archive} itself when its name ends in {@code .zip} (any case), else with {@code .zip} added. */
    public static Path withZipExtension(Path archive) {
        Path name = archive.getFileName();
        if (name == null || name.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return archive;
        }
        return archive.resolveSibling(name + ".zip");
    }

    /**
     * Exports a model that was opened from a folder or from an archive: an archive is unpacked
     * first, so the result is always a fresh archive in the current layout.
     *
     * @return the archive written ({@code .zip} added when missing)
     * @throws ExportException when the destination cannot be written
     * @throws studio.adder.model.ModelLoadException when the source archive cannot be read
     */
    public static Path exportFolderOrArchive(Path source, Path archive) {
        if (Files.isRegularFile(source)) {
            return ModelArchives.withUnpacked(source, folder -> export(folder, archive));
        }
        return export(source, archive);
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getMessage();
    }

    /** Writes the archive of the model in {@code modelFolder} to {@code out}. */
    static void writeZip(OutputStream out, Path modelFolder, ModelCard card) throws IOException {
        Path params = modelFolder.resolve(card.paramsFile());
        writeZip(out, card, params, ParamsChecksum.sha256(params));
    }

    private static void writeZip(OutputStream out, ModelCard card, Path params, String sha256)
            throws IOException {
        String root = ModelFolder.PARAMS_PREFIX + "/";
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(root));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(root + card.paramsFile()));
            Files.copy(params, zip);
            zip.closeEntry();
            putText(zip, root + ModelCard.FILE_NAME, ArchiveContract.cardJson(card, sha256));
            putText(zip, root + AdderServingProperties.FILE_NAME, AdderServingProperties.text(card.architecture()));
            putText(zip, root + "README.txt", ArchiveReadme.text(card, sha256));
        }
    }

    private static void putText(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
