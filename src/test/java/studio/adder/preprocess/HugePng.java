package studio.adder.preprocess;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a huge 8-bit grey PNG row by row (never the whole picture in memory): white paper with a
 * black vertical bar, a "1", in the middle fifth. A 20,000 x 20,000 one is about 1 MB on disk.
 */
public final class HugePng {

    private HugePng() {}

    /** Writes a {@code side} x {@code side} PNG to {@code file}. */
    public static void write(Path file, int side) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] paper = row(side, -1, -1);
        byte[] bar = row(side, side * 2 / 5, side * 3 / 5);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            for (int y = 0; y < side; y++) {
                z.write(y >= side / 10 && y < side * 9 / 10 ? bar : paper);
            }
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(side);
            h.writeInt(side);
            h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale, deflate, no filter, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
    }

    private static byte[] row(int side, int inkFrom, int inkTo) {
        byte[] row = new byte[side + 1]; // filter byte 0, then pixels
        Arrays.fill(row, 1, row.length, (byte) 255);
        if (inkFrom >= 0) {
            Arrays.fill(row, 1 + inkFrom, 1 + inkTo, (byte) 0);
        }
        row[0] = 0;
        return row;
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
