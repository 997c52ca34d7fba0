package studio.adder.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import studio.adder.util.Sha256;

/**
 * Whether a downloaded or present MNIST file is the official one: its unpacked content against the
 * official SHA-256, so that any mirror's gzip encoding of the same file passes and nothing else does.
 */
final class MnistChecks {

    /** A mirror served a complete file whose content is not the official one; the message says how. */
    static final class BadContent extends Exception {
        private static final long serialVersionUID = 1L;

        BadContent(String reason) {
            super(reason);
        }
    }

    private MnistChecks() {
    }

    /** The official SHA-256 of the raw file called {@code name}, one of the four MNIST files. */
    static String officialSha256(String name) {
        for (MnistSplit split : MnistSplit.values()) {
            if (split.fileNames().contains(name)) {
                return split.officialSha256(name);
            }
        }
        throw new IllegalArgumentException(name + " is not an MNIST file");
    }

    /** Whether the folder already holds {@code name}, raw or gzipped, with content of the expected SHA-256. */
    static boolean intactInFolder(MnistFolder folder, String name, String expectedSha256) {
        return folder.locate(name).map(file -> {
            try {
                return Sha256.of(IdxReader.readContent(file)).equals(expectedSha256);
            } catch (MnistDataException e) {
                return false;
            }
        }).orElse(false);
    }

    /** The SHA-256 of a gzip file's unpacked content; a damaged gzip stream is bad content, and is deleted. */
    static String unpackedSha256(Path gzip) throws BadContent {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip), 1 << 16)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(gzip); // closed above, so Windows lets it go
            } catch (IOException ignored) {
                // The next whole download truncates it anyway.
            }
            throw new BadContent("a damaged gzip file (" + e.getMessage() + ")");
        }
        return Sha256.hex(digest);
    }
}
