package studio.adder.data;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writes a download into its {@code .part} file as the body arrives, on the HTTP client's threads: appended after a
 * {@code 206} that continues the part, from the start after a {@code 200}, not at all otherwise.
 */
final class PartWriter {

    /** The local file could not be written: the user's disk, not the mirror. */
    static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final Path part;
    private final long have;
    private final HttpDownload.Progress progress;
    private OutputStream out;
    private boolean accepted;
    private boolean closed;
    private volatile boolean started;
    private volatile long received;
    private volatile long total = -1;
    private volatile long lastNanos = System.nanoTime();

    PartWriter(Path part, long have, HttpDownload.Progress progress) {
        this.part = part;
        this.have = have;
        this.progress = progress;
    }

    HttpResponse.BodySubscriber<Void> subscriber(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        boolean continues = status == 206 && have > 0 && info.headers().firstValue("Content-Range")
                .orElse("").startsWith("bytes " + have + "-");
        if (status != 200 && !continues) {
            return BodySubscribers.replacing(null);
        }
        long start = continues ? have : 0;
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        open(start, length < 0 ? -1 : start + length);
        return BodySubscribers.ofByteArrayConsumer(this::accept);
    }

    private synchronized void open(long start, long expectedTotal) {
        try {
            out = start > 0
                    ? Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        accepted = true;
        started = true;
        received = start;
        total = expectedTotal;
        lastNanos = System.nanoTime();
        progress.bytes(received, total);
    }

    private synchronized void accept(Optional<byte[]> chunk) {
        if (closed || chunk.isEmpty()) {
            return;
        }
        try {
            out.write(chunk.get());
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        received += chunk.get().length;
        lastNanos = System.nanoTime();
        progress.bytes(received, total);
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // What was written is flushed by close or lost; the size on disk is what resumes.
            }
        }
    }

    synchronized boolean accepted() {
        return accepted;
    }

    Path part() {
        return part;
    }

    boolean started() {
        return started;
    }

    long received() {
        return received;
    }

    long total() {
        return total;
    }

    long silentNanos() {
        return System.nanoTime() - lastNanos;
    }
}
