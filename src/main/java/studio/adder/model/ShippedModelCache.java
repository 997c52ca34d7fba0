package studio.adder.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model that ships inside the application, unpacked once into a cache folder named by the
 * checksum of its files ({@code <name>-<12 hex digits>}), so every start reuses one copy and a new
 * build with other files gets a folder of its own. The folder appears complete or not at all: the
 * files are written into a staging folder beside it, which is then renamed.
 */
final class ShippedModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedModelCache.class);
    private static final String STAGING_PREFIX = ".unpacking-";
    /** A staging folder this old was left by a process that ended while unpacking. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private ShippedModelCache() {}

    /**
     * The folder under {@code cache} holding exactly {@code files}, unpacked there when missing or
     * when a file in it was changed.
     *
     * @param files file name to content, as read from the application
     */
    static Path folder(Path cache, String name, Map<String, byte[]> files) {
        Path folder = cache.resolve(name + "-" + checksum(files).substring(0, 12));
        try {
            if (holds(folder, files)) {
                return folder;
            }
            Files.createDirectories(cache);
            removeAbandonedStaging(cache);
            Path staging = Files.createTempDirectory(cache, STAGING_PREFIX);
            try {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    Files.write(staging.resolve(file.getKey()), file.getValue());
                }
                replace(staging, folder);
            } finally {
                deleteRecursively(staging);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the shipped model into " + folder, e);
        }
    }

    /** Whether {@code folder} holds these files, byte for byte (a few hundred kilobytes to compare). */
    private static boolean holds(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path existing = folder.resolve(file.getKey());
            if (!Files.isRegularFile(existing) || Files.size(existing) != file.getValue().length
                    || !Arrays.equals(Files.readAllBytes(existing), file.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Renames {@code staging} to {@code folder}; a damaged copy there is removed first. */
    private static void replace(Path staging, Path folder) throws IOException {
        if (Files.exists(folder)) {
            LOG.warn("Unpacking the shipped model again: {} did not hold the files of this build", folder);
            deleteRecursively(folder);
        }
        try {
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // Another process unpacked the same files a moment ago; its copy serves as well.
            LOG.debug("{} appeared while unpacking; using it", folder);
        }
    }

    private static void removeAbandonedStaging(Path cache) throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path entry : entries.filter(e -> e.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
                    deleteRecursively(entry);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** SHA-256 over the files' names and contents, in their order. */
    static String checksum(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
