package studio.adder.export;

import java.util.Locale;
import java.util.stream.Collectors;
import studio.adder.AppVersion;
import studio.adder.model.ModelCard;

/** The parts every export's README.txt shares: what the model is, and how pictures are prepared. */
public final class Readmes {

    /** How the app turns a picture into the network's image input, in words. */
    public static final String PREPROCESSING = "Pictures become MNIST-style 28x28 images as Adder Studio prepares"
            + " them: paper colour found from the border, cropped to the ink, strokes thinned to centre lines and"
            + " redrawn with a 2.5 px pen, the longer side fitted into 20 px keeping the aspect ratio, the centre"
            + " of mass centred; values 0..1, white ink on black; then normalised (x - 0.1307) / 0.3081.";

    private Readmes() {}

    /** The opening lines: name, architecture, test figures, the app that wrote it, the format's audience. */
    public static String header(ModelCard card, ExportFormat format) {
        return String.format(Locale.ROOT, """
                Adder Studio model: %s (%s export)
                Architecture: %s (version %d), trained %d epoch(s).
                Test set: digit accuracy %.2f%%, sum accuracy %.2f%% on %d MNIST test images.
                Written by Adder Studio %s. %s

                """, card.name(), format.id(), card.architecture(), card.architectureVersion(),
                card.epochsCompleted(), 100 * card.testFigure("digitAccuracy"), 100 * card.testFigure("sumAccuracy"),
                (int) card.testFigure("evaluated"), AppVersion.get(), format.audience());
    }

    /** The PREPROCESSING section. */
    public static String preprocessing() {
        return "PREPROCESSING (the same as the app's)\n  " + ArchiveReadme.wrap(PREPROCESSING, "  ", 92)
                + "\n  The snippets below take a picture that is already 28x28 MNIST-style.\n\n";
    }

    /** {@code code} indented by two spaces, for a README section. */
    public static String indent(String code) {
        return code.lines().map(line -> line.isEmpty() ? "" : "  " + line).collect(Collectors.joining("\n")) + "\n";
    }
}
