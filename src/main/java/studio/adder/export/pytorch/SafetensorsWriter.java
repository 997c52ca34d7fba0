package studio.adder.export.pytorch;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.adder.export.ModelWeights;

/**
 * Writes tensors in the safetensors format (Hugging Face's, documented with the {@code safetensors}
 * package): an unsigned 64-bit little-endian header length, a JSON header naming each tensor's
 * dtype, shape and byte range, then the raw little-endian values back to back. Nothing in it is
 * executable, unlike a pickled {@code .pt} file.
 */
final class SafetensorsWriter {

    /** The header is padded with spaces to a multiple of this, so the values start aligned. */
    private static final int ALIGNMENT = 8;

    private final Map<String, ModelWeights.Tensor> floats = new LinkedHashMap<>();
    private final Map<String, Long> longScalars = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    /** Adds a float32 tensor. */
    SafetensorsWriter floats(String name, ModelWeights.Tensor tensor) {
        floats.put(name, tensor);
        return this;
    }

    /** Adds an int64 scalar (shape []), as PyTorch keeps a batch norm's {@code num_batches_tracked}. */
    SafetensorsWriter longScalar(String name, long value) {
        longScalars.put(name, value);
        return this;
    }

    /** Adds a {@code __metadata__} entry: string to string, as the format allows. */
    SafetensorsWriter metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    void write(Path file) throws IOException {
        JsonObject header = new JsonObject();
        JsonObject meta = new JsonObject();
        metadata.forEach(meta::addProperty);
        header.add("__metadata__", meta);
        long offset = 0;
        for (Map.Entry<String, ModelWeights.Tensor> entry : floats.entrySet()) {
            long size = (long) entry.getValue().values().length * Float.BYTES;
            header.add(entry.getKey(), describe("F32", entry.getValue().shape(), offset, offset + size));
            offset += size;
        }
        for (String name : longScalars.keySet()) {
            header.add(name, describe("I64", new long[0], offset, offset + Long.BYTES));
            offset += Long.BYTES;
        }
        byte[] json = paddedJson(header);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(littleEndian(Long.BYTES).putLong(json.length).array());
            out.write(json);
            for (ModelWeights.Tensor tensor : floats.values()) {
                ByteBuffer values = littleEndian(tensor.values().length * Float.BYTES);
                values.asFloatBuffer().put(tensor.values());
                out.write(values.array());
            }
            for (long value : longScalars.values()) {
                out.write(littleEndian(Long.BYTES).putLong(value).array());
            }
        }
    }

    private static JsonObject describe(String dtype, long[] shape, long begin, long end) {
        JsonObject tensor = new JsonObject();
        tensor.addProperty("dtype", dtype);
        JsonArray dims = new JsonArray();
        for (long dim : shape) {
            dims.add(dim);
        }
        tensor.add("shape", dims);
        JsonArray offsets = new JsonArray();
        offsets.add(begin);
        offsets.add(end);
        tensor.add("data_offsets", offsets);
        return tensor;
    }

    private static byte[] paddedJson(JsonObject header) {
        StringBuilder json = new StringBuilder(new Gson().toJson(header));
        while (json.toString().getBytes(StandardCharsets.UTF_8).length % ALIGNMENT != 0) {
            json.append(' ');
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ByteBuffer littleEndian(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
