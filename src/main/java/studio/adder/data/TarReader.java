package studio.adder.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal reader for ustar archives (the format npm packs), enough to pull regular files out of a tarball.
 *
 * <p>Every entry name is checked before it is handed out: absolute paths and {@code ..} segments are refused, so a
 * hostile archive can never make a caller write outside its target folder.
 */
final class TarReader {

    private static final int BLOCK = 512;

    /** One archive member; {@code type} is the ustar type flag ('0' or NUL for a regular file). */
    record Entry(String name, long size, char type) {

        boolean isFile() {
            return type == '0' || type == '\0';
        }
    }

    private final InputStream in;
    private final String archiveName;
    private long remaining;
    private long padding;

    TarReader(InputStream in, String archiveName) {
        this.in = in;
        this.archiveName = archiveName;
    }

    /** Moves to the next entry, skipping whatever is left of the current one; {@code null} at the end. */
    Entry next() throws IOException {
        skipFully(remaining + padding);
        remaining = 0;
        padding = 0;
        byte[] header = in.readNBytes(BLOCK);
        if (header.length == 0 || isZero(header)) {
            return null; // tar ends with zero blocks; some writers omit them, so a clean EOF is also the end
        }
        if (header.length < BLOCK) {
            throw truncated();
        }
        verifyChecksum(header);
        String name = text(header, 0, 100);
        String prefix = isUstar(header) ? text(header, 345, 155) : "";
        if (!prefix.isEmpty()) {
            name = prefix + "/" + name;
        }
        requireSafeName(name);
        long size = octal(header, 124, 12);
        remaining = size;
        padding = (BLOCK - size % BLOCK) % BLOCK;
        return new Entry(name, size, (char) (header[156] & 0xFF));
    }

    /** The content of the current entry; reading it past its end returns end-of-stream. */
    InputStream contents() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (remaining == 0) {
                    return -1;
                }
                int n = in.read(buffer, offset, (int) Math.min(length, remaining));
                if (n < 0) {
                    throw truncated();
                }
                remaining -= n;
                return n;
            }
        };
    }

    private void requireSafeName(String name) {
        boolean absolute = name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*");
        if (name.isEmpty() || absolute) {
            throw new MnistDataException(archiveName + " contains an entry with an absolute path (" + name
                    + "); refusing to extract it.");
        }
        for (String part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                throw new MnistDataException(archiveName + " contains an entry that points outside its folder ("
                        + name + "); refusing to extract it.");
            }
        }
    }

    private void verifyChecksum(byte[] header) {
        long stored = octal(header, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            // The checksum field itself counts as eight spaces.
            sum += (i >= 148 && i < 156) ? ' ' : header[i] & 0xFF;
        }
        if (sum != stored) {
            throw damaged("header checksum mismatch");
        }
    }

    private long octal(byte[] header, int offset, int length) {
        String field = text(header, offset, length).trim();
        if ((header[offset] & 0x80) != 0) {
            throw damaged("uses binary size fields, which this reader does not support");
        }
        if (field.isEmpty() || !field.chars().allMatch(c -> c >= '0' && c <= '7')) {
            throw damaged("invalid number in a header");
        }
        return Long.parseLong(field, 8);
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static boolean isUstar(byte[] header) {
        return text(header, 257, 6).startsWith("ustar");
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private void skipFully(long bytes) throws IOException {
        try {
            in.skipNBytes(bytes);
        } catch (EOFException e) {
            throw truncated();
        }
    }

    private MnistDataException truncated() {
        return new MnistDataException(archiveName + " is truncated. Delete it and download it again.");
    }

    private MnistDataException damaged(String problem) {
        return new MnistDataException(archiveName + " is not a valid tar archive (" + problem + ").");
    }
}
