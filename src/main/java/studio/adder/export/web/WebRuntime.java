package studio.adder.export.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * ONNX Runtime Web as the build fetched it from npm (see the pom): its single-threaded script and
 * its SIMD WebAssembly, gzipped, both resources of this jar.
 *
 * @param version       the onnxruntime-web release, such as {@code 1.18.0}
 * @param script        {@code ort.wasm-core.min.js}: the runtime without workers or threads
 * @param wasmFile      the name the runtime asks for its wasm by
 * @param gzippedWasm   that wasm, gzipped
 */
record WebRuntime(String version, String script, String wasmFile, byte[] gzippedWasm) {

    private static final String FOLDER = "ort/";
    static final String WASM_FILE = "ort-wasm-simd.wasm";

    /** Reads the runtime from the class path. */
    static WebRuntime load() {
        return new WebRuntime(text(FOLDER + "version.txt").strip(), text(FOLDER + "ort.wasm-core.min.js"), WASM_FILE,
                bytes(FOLDER + WASM_FILE + ".gz"));
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** A resource beside this class; one that is missing means the build skipped a step, not a user error. */
    static byte[] bytes(String resource) {
        try (InputStream in = WebRuntime.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("This build lacks " + resource + " next to " + WebRuntime.class.getName()
                        + "; build it with ./mvnw package, which fetches ONNX Runtime Web from npm.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the resource " + resource, e);
        }
    }
}
