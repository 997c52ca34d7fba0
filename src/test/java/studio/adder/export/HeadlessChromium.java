package studio.adder.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, with one page open, driven over the DevTools protocol (a WebSocket
 * on 127.0.0.1 at a port Chromium picks), so a test can wait for a page's own promises, read what
 * it computed and take a screenshot. Each instance has a fresh profile folder, deleted on close.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Where Debian installs it; {@code CHROMIUM} in the environment names another binary. */
    private static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");

    private static final Pattern DEVTOOLS_LINE = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final URI browserSocket;
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, URI browserSocket) throws IOException, InterruptedException {
        this.process = process;
        this.profile = profile;
        this.browserSocket = browserSocket;
        int port = browserSocket.getPort();
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String pageSocket = JsonParser.parseString(list).getAsJsonArray().asList().stream()
                .map(JsonElement::getAsJsonObject)
                .filter(target -> "page".equals(target.get("type").getAsString()))
                .map(target -> target.get("webSocketDebuggerUrl").getAsString())
                .findFirst().orElseThrow(() -> new IOException("Chromium opened no page: " + list));
        this.socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Replies()).join();
    }

    /** The Chromium binary, when this machine has one. */
    public static Optional<Path> binary() {
        String named = System.getenv("CHROMIUM");
        Path binary = named == null || named.isBlank() ? DEFAULT_BINARY : Path.of(named);
        return Files.isExecutable(binary) ? Optional.of(binary) : Optional.empty();
    }

    /**
     * Starts Chromium with a window (viewport) of the given size and opens {@code url} in it, returning once
     * the page has loaded (its scripts have run; what they started may still be running).
     */
    public static HeadlessChromium open(Path binary, String url, int width, int height)
            throws IOException, InterruptedException {
        HeadlessChromium browser = start(binary, width, height);
        try {
            browser.navigate(url, LOAD_TIMEOUT);
            return browser;
        } catch (IOException | RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    private static HeadlessChromium start(Path binary, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("adder-chromium-");
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "--hide-scrollbars", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            return new HeadlessChromium(process, profile, awaitBrowserSocket(process));
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw e;
        }
    }

    /** Chromium prints its DevTools address on stderr once it listens. */
    private static URI awaitBrowserSocket(Process process) throws IOException {
        CompletableFuture<URI> port = new CompletableFuture<>();
        List<String> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher matcher = DEVTOOLS_LINE.matcher(line);
                    if (matcher.find()) {
                        port.complete(URI.create(matcher.group(1)));
                    } else if (!port.isDone()) {
                        seen.add(line);
                    }
                }
                port.completeExceptionally(new IOException("Chromium exited before listening: " + seen));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("Chromium did not start its DevTools server: " + e.getMessage(), e);
        }
    }

    /** Navigates from the blank start page and waits until the new document has loaded. */
    private void navigate(String url, Duration timeout) throws IOException, InterruptedException {
        JsonObject params = new JsonObject();
        params.addProperty("url", url);
        JsonObject result = call("Page.navigate", params, timeout);
        if (result.has("errorText")) {
            throw new IOException("Chromium could not open " + url + ": " + result.get("errorText").getAsString());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        String loaded = "document.readyState === 'complete' && location.href !== 'about:blank'";
        while (System.nanoTime() < deadline) {
            JsonObject value = evaluate(loaded, timeout);
            if (value.has("value") && value.get("value").getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException(url + " did not finish loading within " + timeout.toSeconds() + " s");
    }

    /**
     * Evaluates a JavaScript expression in the page, waiting for it when it is a promise.
     *
     * @return the value, as JSON
     * @throws IOException when the expression throws, with the page's message
     */
    public JsonObject evaluate(String expression, Duration timeout) throws IOException {
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.addProperty("awaitPromise", true);
        params.addProperty("returnByValue", true);
        JsonObject result = call("Runtime.evaluate", params, timeout);
        if (result.has("exceptionDetails")) {
            throw new IOException("The page's script failed: " + result.get("exceptionDetails"));
        }
        return result.getAsJsonObject("result");
    }

    /** Presses the left mouse button at the first point, moves through the rest, and releases at the last. */
    public void mouseDrag(List<double[]> points) throws IOException {
        for (int i = 0; i < points.size(); i++) {
            String type = i == 0 ? "mousePressed" : "mouseMoved";
            mouse(type, points.get(i));
        }
        mouse("mouseReleased", points.get(points.size() - 1));
    }

    private void mouse(String type, double[] point) throws IOException {
        JsonObject params = new JsonObject();
        params.addProperty("type", type);
        params.addProperty("x", point[0]);
        params.addProperty("y", point[1]);
        params.addProperty("button", "left");
        params.addProperty("buttons", type.equals("mouseReleased") ? 0 : 1);
        params.addProperty("clickCount", 1);
        call("Input.dispatchMouseEvent", params, Duration.ofSeconds(10));
    }

    /** One finger down at the first point, along the rest, lifted at the last (touch emulation turned on). */
    public void touchDrag(List<double[]> points) throws IOException {
        JsonObject emulation = new JsonObject();
        emulation.addProperty("enabled", true);
        emulation.addProperty("maxTouchPoints", 1);
        call("Emulation.setTouchEmulationEnabled", emulation, Duration.ofSeconds(10));
        for (int i = 0; i < points.size(); i++) {
            JsonObject params = new JsonObject();
            params.addProperty("type", i == 0 ? "touchStart" : "touchMove");
            JsonObject touch = new JsonObject();
            touch.addProperty("x", points.get(i)[0]);
            touch.addProperty("y", points.get(i)[1]);
            JsonArray touches = new JsonArray();
            touches.add(touch);
            params.add("touchPoints", touches);
            call("Input.dispatchTouchEvent", params, Duration.ofSeconds(10));
        }
        JsonObject end = new JsonObject();
        end.addProperty("type", "touchEnd");
        end.add("touchPoints", new JsonArray());
        call("Input.dispatchTouchEvent", end, Duration.ofSeconds(10));
    }

    /** A PNG of what the page shows. */
    public byte[] screenshot(boolean fullPage) throws IOException {
        JsonObject params = new JsonObject();
        params.addProperty("format", "png");
        params.addProperty("captureBeyondViewport", fullPage);
        JsonObject result = call("Page.captureScreenshot", params, Duration.ofSeconds(30));
        return Base64.getDecoder().decode(result.get("data").getAsString());
    }

    private JsonObject call(String method, JsonObject params, Duration timeout) throws IOException {
        int id = nextId.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText(message.toString(), true).join();
        try {
            JsonObject answer = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error"));
            }
            return answer.getAsJsonObject("result");
        } catch (TimeoutException e) {
            throw new IOException(method + " got no answer within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IOException(method + " failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + method, e);
        } finally {
            replies.remove(id);
        }
    }

    /**
     * Asks Chromium to quit (the browser-wide {@code Browser.close}), waits for it and its helper processes
     * to end, then deletes the profile, which they write to until they are gone.
     */
    @Override
    public void close() throws IOException {
        socket.abort();
        List<ProcessHandle> helpers = process.descendants().toList();
        try {
            WebSocket browser = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(browserSocket, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
            browser.sendText("{\"id\":1,\"method\":\"Browser.close\"}", true).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle helper : helpers) {
                helper.destroy();
                helper.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            helpers.forEach(ProcessHandle::destroyForcibly);
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Joins message fragments and hands each reply to the call waiting for its id; events are ignored. */
    private final class Replies implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(text.toString()).getAsJsonObject();
                text.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> reply = replies.get(message.get("id").getAsInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
