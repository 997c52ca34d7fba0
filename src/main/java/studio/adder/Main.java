package studio.adder;

import studio.adder.cli.AdderCli;
import studio.adder.ui.StudioApp;

/**
 * Entry point: without arguments it opens the studio window, with arguments it runs the CLI.
 *
 * <p>This class deliberately does not extend {@code Application}: launching a JavaFX
 * application class directly from a plain class path fails on Java 17.
 */
public final class Main {

    private Main() {}

    /** Opens the GUI or runs a CLI command. */
    public static void main(String[] args) {
        // Downloads (Fetch MNIST) go through the system's proxy settings unless Java's own are chosen.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        if (args.length == 0) {
            StudioApp.launchStudio(args);
        } else {
            System.exit(AdderCli.run(args));
        }
    }
}
