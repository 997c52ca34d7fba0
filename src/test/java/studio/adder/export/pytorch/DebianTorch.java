package studio.adder.export.pytorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Python with PyTorch, where the machine has one: Debian's {@code /usr/bin/python3} with
 * {@code python3-torch}, or the interpreter named by {@code -Dadder.python}. Tests that need it
 * skip with the reason when it is missing.
 */
public final class DebianTorch {

    private static final String PYTHON = System.getProperty("adder.python", "/usr/bin/python3");
    private static String missing;

    private DebianTorch() {}

    /** Skips the calling test, with the reason, when there is no Python that imports torch. */
    public static synchronized void assumeAvailable() throws Exception {
        if (missing == null) {
            missing = Files.isExecutable(Path.of(PYTHON)) ? probe() : PYTHON + " does not exist";
        }
        assumeTrue(missing.isEmpty(), "no PyTorch to check the export with: " + missing
                + " (on Debian: apt-get install python3-torch)");
    }

    private static String probe() throws Exception {
        Process process = new ProcessBuilder(PYTHON, "-c", "import torch").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return PYTHON + " took over two minutes to import torch";
        }
        return process.exitValue() == 0 ? "" : PYTHON + " cannot import torch: " + output.strip();
    }

    /** Runs {@code arguments} with the Python in {@code folder}; returns what it printed, failing on a non-zero exit. */
    public static String python(Path folder, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "Python failed: " + printed);
        return printed;
    }

    /** Writes the script and the inputs, runs the script on {@code folder}; returns what it printed. */
    public static String run(Path folder, float[] images, float[] numbers, int[] labels, String output, Path work)
            throws Exception {
        Path script = work.resolve("run_with_torch.py");
        try (InputStream in = DebianTorch.class.getResourceAsStream("run_with_torch.py")) {
            Files.copy(in, script);
        }
        Path inputs = work.resolve("inputs.bin");
        int n = numbers.length / 10;
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * (images.length + numbers.length + labels.length))
                .order(ByteOrder.LITTLE_ENDIAN).putInt(n);
        buffer.asFloatBuffer().put(images).put(numbers);
        buffer.position(4 + 4 * (images.length + numbers.length));
        buffer.asIntBuffer().put(labels);
        Files.write(inputs, buffer.array());
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), folder.toString(),
                inputs.toString(), output));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "the script failed: " + printed);
        Files.delete(inputs);
        return printed;
    }

    /** Runs {@code folder} on the inputs and reads its answers back: {digit (N,10), sum (N,19)}. */
    public static float[][][] answers(Path folder, float[] images, float[] numbers, Path work) throws Exception {
        Path answers = work.resolve("answers.bin");
        run(folder, images, numbers, new int[0], answers.toString(), work);
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(answers)).order(ByteOrder.LITTLE_ENDIAN);
        int n = numbers.length / 10;
        float[][] digit = new float[n][10];
        float[][] sum = new float[n][19];
        for (float[] row : digit) {
            buffer.asFloatBuffer().get(row);
            buffer.position(buffer.position() + 40);
        }
        for (float[] row : sum) {
            buffer.asFloatBuffer().get(row);
            buffer.position(buffer.position() + 76);
        }
        return new float[][][] {digit, sum};
    }
}
