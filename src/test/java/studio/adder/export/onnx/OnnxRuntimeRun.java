package studio.adder.export.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/** An exported .onnx file opened in ONNX Runtime, as any other program would open it. */
public final class OnnxRuntimeRun implements AutoCloseable {

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    public OnnxRuntimeRun(Path model) throws OrtException {
        session = environment.createSession(model.toString(), new OrtSession.SessionOptions());
    }

    public OrtSession session() {
        return session;
    }

    /** Runs a batch: images (N*784, normalised) and one-hot numbers (N*10); returns {digit (N,10), sum (N,19)}. */
    public float[][][] run(float[] images, float[] numbers) throws OrtException {
        long n = numbers.length / 10;
        try (OnnxTensor image = OnnxTensor.createTensor(environment, FloatBuffer.wrap(images), new long[] {n, 1, 28, 28});
                OnnxTensor number = OnnxTensor.createTensor(environment, FloatBuffer.wrap(numbers), new long[] {n, 10});
                OrtSession.Result result = session.run(Map.of("image", image, "number", number))) {
            return new float[][][] {
                (float[][]) result.get("digit").orElseThrow().getValue(),
                (float[][]) result.get("sum").orElseThrow().getValue()
            };
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
