package studio.adder.data;

import java.util.Locale;

/**
 * Bytes, rate and time left of a download, in words for a progress line: "3.2 of 9.9 MB, 1.4 MB/s,
 * about 5 s left". The rate is averaged since the meter started, which is steady enough for a bar.
 */
final class TransferMeter {

    private final long startNanos;
    private final long startBytes;

    /** A meter starting now at {@code alreadyThere} bytes (a resumed download counts from where it resumed). */
    TransferMeter(long alreadyThere, long nowNanos) {
        this.startBytes = alreadyThere;
        this.startNanos = nowNanos;
    }

    /** Bytes per second since the start; 0 until something arrived. */
    double rate(long bytes, long nowNanos) {
        double seconds = (nowNanos - startNanos) / 1e9;
        return seconds <= 0 || bytes <= startBytes ? 0 : (bytes - startBytes) / seconds;
    }

    /** The progress in words; {@code total} negative when the server did not say. */
    String describe(long bytes, long total, long nowNanos) {
        double rate = rate(bytes, nowNanos);
        // Megabytes for the image files, kilobytes for the small label files.
        boolean small = Math.max(bytes, total) < 1_000_000;
        String unit = small ? " kB" : " MB";
        double scale = small ? 1e3 : 1e6;
        StringBuilder text = new StringBuilder(amount(bytes, scale));
        if (total >= 0) {
            text.append(" of ").append(amount(total, scale));
        }
        text.append(unit);
        if (rate > 0) {
            text.append(String.format(Locale.ROOT, ", %.1f MB/s", rate / 1e6));
            if (total >= bytes) {
                text.append(", about ").append(duration((total - bytes) / rate)).append(" left");
            }
        }
        return text.toString();
    }

    private static String amount(long bytes, double scale) {
        return String.format(Locale.ROOT, "%.1f", bytes / scale);
    }

    static String duration(double seconds) {
        long whole = Math.round(Math.ceil(seconds));
        return whole < 60 ? whole + " s" : String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
