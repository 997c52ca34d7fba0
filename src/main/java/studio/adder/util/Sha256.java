package studio.adder.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers returning lower-case hex, the form the official checksums are published in. */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh SHA-256 digest; every Java runtime has one. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to ship SHA-256, so this cannot happen on a real JVM.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The digest's value so far as lower-case hex. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The lower-case hex SHA-256 of {@code content}. */
    public static String of(byte[] content) {
        MessageDigest digest = newDigest();
        digest.update(content);
        return hex(digest);
    }

    /** Hashes a file by streaming it, so large archives never have to fit in memory. */
    public static String of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest);
    }
}
