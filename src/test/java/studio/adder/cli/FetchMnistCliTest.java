package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fetch-mnist --mirror}: the command's side of the HTTP fetch (the fetch itself: MnistDownloaderTest). */
class FetchMnistCliTest {

    @Test
    void aMirrorThatHasNothingEndsInOneSentenceNamingWhatWasTried(@TempDir Path temp) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String mirror = "http://127.0.0.1:" + server.getAddress().getPort() + "/mnist";
            Path data = temp.resolve("empty folder");
            CliRun.Result result = CliRun.run("fetch-mnist", "--mirror", mirror, "--mirror-only", "--data-dir",
                    data.toString());

            assertEquals(2, result.exitCode(), result.err());
            String error = result.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow();
            assertTrue(error.startsWith("error: Could not fetch train-images-idx3-ubyte.gz: " + mirror
                    + "/train-images-idx3-ubyte.gz answered HTTP 404."), error);
            assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
            try (var files = Files.list(data)) {
                assertEquals(0, files.count(), "nothing left behind");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMirrorThatIsNoUrlIsRefusedInWords() {
        CliRun.Result result = CliRun.run("fetch-mnist", "--mirror", "ftp://example.org/mnist", "--mirror-only");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("'ftp://example.org/mnist' is not a mirror address: give an http:// or"
                + " https:// URL"), result.err());
    }
}
