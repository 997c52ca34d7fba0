package studio.adder.data;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import studio.adder.util.Sha256;

/**
 * Small MNIST-shaped files and a local HTTP server on 127.0.0.1 (port 0) whose mirrors serve them
 * well or badly: missing, truncated, with wrong bytes, cut off once mid-file, or stalled.
 */
final class TestMirror implements AutoCloseable {

    /** How a mirror serves a file. */
    enum Behaviour { GOOD, NOT_FOUND, TRUNCATED, WRONG_BYTES, CUT_ONCE, STALL }

    /** The raw (unpacked) content of each of the four files: a few random images and labels. */
    static final Map<String, byte[]> RAW = new HashMap<>();
    /** Each file's .gz, as the mirrors serve it. */
    static final Map<String, byte[]> GZIP = new HashMap<>();

    static {
        long seed = 1;
        for (MnistSplit split : MnistSplit.values()) {
            RAW.put(split.imagesFile(), IdxWriter.toBytes(IdxReaderTest.randomImages(300, seed++)));
            RAW.put(split.labelsFile(), IdxWriter.toBytes(IdxReaderTest.randomLabels(300, seed++)));
        }
        RAW.forEach((name, raw) -> GZIP.put(name, gzip(raw)));
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Map<String, Behaviour>> mirrors = new HashMap<>();
    private final Map<String, Integer> cuts = Collections.synchronizedMap(new HashMap<>());
    /** Every request as "mirror/file range", in order. */
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    TestMirror() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The official checksum stand-in: the SHA-256 of each test file's raw content. */
    static String sha256(String name) {
        return Sha256.of(RAW.get(name));
    }

    /** A mirror called {@code name} that serves every file the {@code usual} way, except those in {@code special}. */
    URI mirror(String name, Behaviour usual, Map<String, Behaviour> special) {
        Map<String, Behaviour> files = new HashMap<>();
        for (String file : RAW.keySet()) {
            files.put(file + ".gz", special.getOrDefault(file, usual));
        }
        mirrors.put(name, files);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "/");
    }

    URI mirror(String name, Behaviour usual) {
        return mirror(name, usual, Map.of());
    }

    private void serve(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().substring(1).split("/", 2);
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(exchange.getRequestURI().getPath().substring(1) + (range == null ? "" : " " + range));
        Behaviour behaviour = path.length < 2 ? null : mirrors.getOrDefault(path[0], Map.of()).get(path[1]);
        try (exchange) {
            if (behaviour == null || behaviour == Behaviour.NOT_FOUND) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] file = GZIP.get(path[1].substring(0, path[1].length() - ".gz".length()));
            switch (behaviour) {
                case TRUNCATED -> send(exchange, Arrays.copyOf(file, file.length / 2), null);
                case WRONG_BYTES -> send(exchange, gzip(new byte[RAW.get(path[1].replace(".gz", "")).length]), null);
                case CUT_ONCE -> {
                    if (cuts.merge(path[0] + path[1], 1, Integer::sum) == 1) {
                        cutOff(exchange, file);
                    } else {
                        send(exchange, file, range);
                    }
                }
                case STALL -> stall(exchange, file);
                default -> send(exchange, file, range);
            }
        }
    }

    /** Sends the file, or the part a {@code Range: bytes=N-} header asks for. */
    private static void send(HttpExchange exchange, byte[] file, String range) throws IOException {
        int from = range == null ? 0 : Integer.parseInt(range.replace("bytes=", "").replace("-", ""));
        if (from > 0) {
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (file.length - 1) + "/"
                    + file.length);
        }
        exchange.sendResponseHeaders(from > 0 ? 206 : 200, file.length - from);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(file, from, file.length - from);
        }
    }

    /** Promises the whole file, sends a third of it, then drops the connection. */
    private static void cutOff(HttpExchange exchange, byte[] file) throws IOException {
        exchange.sendResponseHeaders(200, file.length);
        OutputStream out = exchange.getResponseBody();
        out.write(file, 0, file.length / 3);
        out.flush();
        // A handler that fails makes the server close the connection: the client sees it break mid-file.
        throw new IOException("cut off on purpose");
    }

    /** Sends the headers and a little of the file, then nothing for a few seconds. */
    private static void stall(HttpExchange exchange, byte[] file) throws IOException {
        exchange.sendResponseHeaders(200, file.length);
        OutputStream out = exchange.getResponseBody();
        out.write(file, 0, 1000);
        out.flush();
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // the client gave up long ago
        }
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
