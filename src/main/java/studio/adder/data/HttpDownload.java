package studio.adder.data;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads one file over HTTP(S) into a {@code .part} file, resuming it where an earlier try
 * stopped (HTTP {@code Range}). Connections go through {@link ProxySelector#getDefault()}, so the
 * JVM's proxy properties and, with {@code java.net.useSystemProxies}, the system's apply. A server
 * that sends nothing for {@code timeout} counts as stalled; a cancel stops the transfer within a
 * tenth of a second, with the part closed (Windows cannot move or delete an open file).
 */
final class HttpDownload {

    /** Receives the bytes received so far and the total, or -1 while the total is unknown. */
    @FunctionalInterface
    interface Progress {
        void bytes(long received, long total);
    }

    /** How a download failed, which decides what is tried next. */
    enum Problem {
        /** No connection or no answer: this mirror is not tried again for the other files. */
        UNREACHABLE,
        /** An answer other than the file (such as HTTP 404). */
        REFUSED,
        /** Silent mid-file for the whole timeout: the part is kept, the next mirror continues it. */
        STALLED,
        /** The connection broke mid-file: worth resuming from the same mirror at once. */
        BROKEN
    }

    /** A download that did not finish, with the reason as a clause ("answered HTTP 404"). */
    static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Failure(String reason, Problem problem, Throwable cause) {
            super(reason, cause);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private static final String USER_AGENT = "AdderStudio/0.1 (MNIST fetch)";
    private static final long WATCH_MILLIS = 100;

    private final Duration timeout;
    private final FetchCancel cancel;
    private final HttpClient client;

    HttpDownload(Duration timeout, FetchCancel cancel) {
        this.timeout = timeout;
        this.cancel = cancel;
        this.client = HttpClient.newBuilder()
                .proxy(ProxySelector.getDefault())
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Completes {@code part} from {@code url}, appending to what it already holds. */
    void into(URI url, Path part, Progress progress) throws Failure {
        cancel.check();
        long have = sizeOf(part);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET()
                .header("User-Agent", USER_AGENT)
                // The files are gzip already; a content encoding on top would break Range offsets.
                .header("Accept-Encoding", "identity");
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        PartWriter writer = new PartWriter(part, have, progress);
        try {
            HttpResponse<Void> response = await(client.sendAsync(request.build(), writer::subscriber), writer);
            int status = response.statusCode();
            if (status == 416 && have > 0) {
                // The part is as long as the file or longer (the file changed): start over.
                writer.close();
                deleteQuietly(part);
                into(url, part, progress);
                return;
            }
            if (!writer.accepted()) {
                throw new Failure("answered HTTP " + status, Problem.REFUSED, null);
            }
            if (writer.total() >= 0 && writer.received() < writer.total()) {
                throw new Failure("ended early, after " + amount(writer), Problem.BROKEN, null);
            }
        } finally {
            writer.close();
        }
    }

    /** Waits for the transfer, watching for a cancel and for silence longer than the timeout. */
    private HttpResponse<Void> await(CompletableFuture<HttpResponse<Void>> transfer, PartWriter writer)
            throws Failure {
        while (true) {
            try {
                return transfer.get(WATCH_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancel.cancelled()) {
                    transfer.cancel(true);
                    writer.close();
                    throw FetchCancel.cancelledError();
                }
                if (writer.silentNanos() > timeout.toNanos()) {
                    transfer.cancel(true);
                    writer.close();
                    throw writer.started()
                            ? new Failure("stalled: sent nothing for " + seconds() + " after " + amount(writer),
                                    Problem.STALLED, null)
                            : new Failure("did not answer within " + seconds(), Problem.UNREACHABLE, null);
                }
            } catch (InterruptedException e) {
                transfer.cancel(true);
                Thread.currentThread().interrupt();
                throw FetchCancel.cancelledError();
            } catch (ExecutionException e) {
                writer.close();
                cancel.check(); // a transfer ended by Cancel is a cancellation, not a broken mirror
                throw failure(e.getCause(), writer);
            }
        }
    }

    private Failure failure(Throwable cause, PartWriter writer) {
        if (cause instanceof PartWriter.WriteFailure local) {
            throw new MnistDataException("Could not write " + writer.part() + ": " + local.getMessage() + ".", local);
        }
        if (!writer.started()) {
            if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
                return new Failure("did not answer within " + seconds(), Problem.UNREACHABLE, cause);
            }
            return new Failure("could not be reached (" + describe(cause) + ")", Problem.UNREACHABLE, cause);
        }
        return new Failure("broke off after " + amount(writer) + " (" + describe(cause) + ")", Problem.BROKEN, cause);
    }

    private String seconds() {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static String amount(PartWriter writer) {
        return writer.total() < 0 ? Messages.count(writer.received()) + " bytes"
                : Messages.count(writer.received()) + " of " + Messages.count(writer.total()) + " bytes";
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        if (root instanceof ConnectException && root.getMessage() == null) {
            return "connection refused";
        }
        if (root instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }

    private static long sizeOf(Path part) {
        try {
            return Files.isRegularFile(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // Truncated on the next write anyway (a fresh download opens it with TRUNCATE_EXISTING).
        }
    }
}
