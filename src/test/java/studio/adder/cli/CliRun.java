package studio.adder.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this JVM and captures what it prints, as the user's terminal would show it. */
final class CliRun {

    /** A command's exit code, stdout and stderr. */
    record Result(int exitCode, String out, String err) {

        /** Every JSON object printed on stdout, one per line. */
        List<JsonObject> jsonLines() {
            return out.lines().filter(l -> l.startsWith("{")).map(l -> JsonParser.parseString(l).getAsJsonObject())
                    .toList();
        }

        /** The last JSON object printed on stdout. */
        JsonObject lastJson() {
            List<JsonObject> lines = jsonLines();
            if (lines.isEmpty()) {
                throw new AssertionError("no JSON in: " + out + err);
            }
            return lines.get(lines.size() - 1);
        }
    }

    private CliRun() {}

    /** Runs {@code args}; one command at a time, since System.out and System.err are process-wide. */
    static synchronized Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = AdderCli.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
