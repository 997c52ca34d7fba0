package studio.adder.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import studio.adder.data.MnistDataException;
import studio.adder.engine.EngineChoice;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ModelLoadException;

/** The command line: train, evaluate, predict, explain, bench, export and fetch-mnist. */
@Command(
        name = "adder-studio",
        mixinStandardHelpOptions = true,
        version = "Adder Studio 0.1.0",
        description = "Draw a digit, add a number: the MNIST adder network on DJL (MXNet, or PyTorch in -Ppytorch-cpu/-Pcuda builds).",
        subcommands = {
            TrainCommand.class,
            EvaluateCommand.class,
            PredictCommand.class,
            ExplainCommand.class,
            BenchCommand.class,
            ExportCommand.class,
            FetchMnistCommand.class
        })
public final class AdderCli implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Every command takes {@code --engine}; it is applied before any command starts the engine. */
    @Option(names = "--engine", scope = ScopeType.INHERIT, paramLabel = "mxnet|pytorch",
            description = "Engine: mxnet or pytorch (PyTorch is in every Arm build, elsewhere in -Ppytorch-cpu or -Pcuda"
                    + " builds). Default: $ADDER_ENGINE, else mxnet, or pytorch on Arm where MXNet has no build.")
    void engine(EngineChoice engine) {
        EngineSetup.choose(engine);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Runs the CLI and returns its exit code; human errors print one line, not a stack trace. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new AdderCli()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(System.out, true));
        commandLine.setErr(new PrintWriter(System.err, true));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof MnistDataException || e instanceof ModelLoadException
                    || e instanceof IllegalArgumentException || e instanceof CliException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine.execute(args);
    }
}
