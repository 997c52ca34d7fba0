package studio.adder.model;

import ai.djl.Device;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens exported model archives ({@code .zip}) safely: entries must stay inside their folder,
 * and sizes and counts are capped so a hostile archive cannot fill the disk.
 */
public final class ModelArchives {

    /** More entries than a model archive ever has. */
    static final int MAX_ENTRIES = 32;
    /** Larger than any of our parameter files by far (the seed model is under 2 MB). */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;

    private ModelArchives() {}

    /**
     * Unpacks {@code archive} into a temporary folder, loads the model from it and removes the
     * folder again: the parameters are in memory by then.
     */
    public static LoadedModel load(Path archive, Device device) {
        return withUnpacked(archive, folder -> {
            LoadedModel loaded = ModelFolder.load(folder, device);
            return new LoadedModel(loaded.model(), loaded.card(), archive);
        });
    }

    /** Something done with an unpacked model folder. */
    @FunctionalInterface
    public interface FolderWork<T> {
        /** Uses the folder; it is deleted when this returns or throws. */
        T apply(Path folder);
    }

    /** Unpacks {@code archive} into a temporary folder, runs {@code work} on it, then deletes the folder. */
    public static <T> T withUnpacked(Path archive, FolderWork<T> work) {
        Path folder = unpack(archive);
        try {
            return work.apply(folder);
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * Unpacks the archive's model folder into a fresh temporary folder and returns it; the caller
     * deletes it (prefer {@link #withUnpacked}). Nothing is left behind when unpacking fails.
     */
    public static Path unpack(Path archive) {
        Path target;
        try {
            target = Files.createTempDirectory("adder-import-");
        } catch (IOException e) {
            throw new ModelLoadException("Cannot unpack " + archive.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            extract(archive, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(target);
            throw new ModelLoadException("Cannot unpack " + archive.getFileName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            ModelFolder.deleteRecursively(folder);
        } catch (IOException e) {
            // A temporary folder the system cleans eventually; not worth failing a load for.
            folder.toFile().deleteOnExit();
        }
    }

    private static void extract(Path archive, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new ModelLoadException(archive.getFileName() + " has " + zip.size()
                        + " entries; a model archive has only a few. It was refused.");
            }
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                Path destination = safeDestination(archive, target, entry.getName());
                Files.createDirectories(destination.getParent());
                total += copyCapped(archive, zip, entry, destination, MAX_TOTAL_BYTES - total);
            }
        } catch (ZipException e) {
            throw new ModelLoadException(archive.getFileName() + " is not a valid .zip archive.", e);
        }
        flattenSingleFolder(target);
    }

    private static Path safeDestination(Path archive, Path target, String name) {
        Path destination = target.resolve(name).normalize();
        if (name.startsWith("/") || name.contains("\\") || !destination.startsWith(target)) {
            throw new ModelLoadException(archive.getFileName() + " contains an entry outside its folder ("
                    + name + "). It was refused as unsafe.");
        }
        return destination;
    }

    private static long copyCapped(Path archive, ZipFile zip, ZipEntry entry, Path destination, long budget)
            throws IOException {
        long cap = Math.min(MAX_ENTRY_BYTES, budget);
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > cap) {
                    throw new ModelLoadException(archive.getFileName() + ": entry " + entry.getName()
                            + " unpacks to more than " + (cap >> 20) + " MB, far more than a model needs."
                            + " It was refused.");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** Archives may hold the files at the top or inside one folder; make the top hold them. */
    private static void flattenSingleFolder(Path target) throws IOException {
        if (Files.exists(target.resolve(ModelCard.FILE_NAME))) {
            return;
        }
        try (var children = Files.list(target)) {
            var list = children.toList();
            if (list.size() == 1 && Files.isDirectory(list.get(0))) {
                try (var inner = Files.list(list.get(0))) {
                    for (Path file : inner.toList()) {
                        Files.move(file, target.resolve(file.getFileName()));
                    }
                }
            }
        }
        if (Files.notExists(target.resolve(ModelCard.FILE_NAME))) {
            throw new ModelLoadException("The archive holds no " + ModelCard.FILE_NAME
                    + ": it is not an Adder Studio model.");
        }
    }
}
