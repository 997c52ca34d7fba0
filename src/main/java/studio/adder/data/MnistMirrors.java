package studio.adder.data;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where MNIST's four {@code .gz} files can be downloaded, under their standard names: the mirrors
 * that PyTorch's and TensorFlow's dataset loaders use, since the original site stopped serving
 * them freely. Whatever a mirror serves is checked against the official SHA-256 before it is kept.
 */
public final class MnistMirrors {

    /** The built-in mirrors, in the order they are tried. */
    public static final List<URI> BUILT_IN = List.of(
            URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
            URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"));

    /** System property naming mirrors to try before the built-in ones (comma-separated base URLs). */
    public static final String MIRRORS_PROPERTY = "adder.mnist.mirrors";
    /** Environment variable read when the system property is not set. */
    public static final String MIRRORS_ENVIRONMENT = "ADDER_MNIST_MIRRORS";

    private MnistMirrors() {
    }

    /**
     * The mirrors the user configured for every fetch, the window's included: system property
     * {@code adder.mnist.mirrors}, else environment variable {@code ADDER_MNIST_MIRRORS}; empty when neither is set.
     */
    public static List<String> configured() {
        String value = System.getProperty(MIRRORS_PROPERTY, System.getenv(MIRRORS_ENVIRONMENT));
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,\\s]+")).filter(part -> !part.isBlank()).toList();
    }

    /**
     * The user's mirrors first (as given, e.g. {@code --mirror}), then the built-in ones not among them.
     *
     * @throws MnistDataException when a given address is not an http or https URL
     */
    public static List<URI> withFirst(List<String> userMirrors) {
        List<URI> mirrors = new ArrayList<>();
        for (String text : userMirrors) {
            URI mirror = parse(text);
            if (!mirrors.contains(mirror)) {
                mirrors.add(mirror);
            }
        }
        for (URI builtIn : BUILT_IN) {
            if (!mirrors.contains(builtIn)) {
                mirrors.add(builtIn);
            }
        }
        return List.copyOf(mirrors);
    }

    /** A mirror's base address, ending in {@code /} so that file names resolve beneath it. */
    public static URI parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        URI uri;
        try {
            uri = URI.create(trimmed.endsWith("/") ? trimmed : trimmed + "/");
        } catch (IllegalArgumentException e) {
            throw notAMirror(trimmed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw notAMirror(trimmed);
        }
        return uri;
    }

    /** The short name of a mirror for messages: its address without the scheme, e.g. {@code example.org/mnist/}. */
    static String label(URI mirror) {
        return (mirror.getPort() < 0 ? mirror.getHost() : mirror.getHost() + ":" + mirror.getPort())
                + (mirror.getRawPath() == null ? "" : mirror.getRawPath());
    }

    private static MnistDataException notAMirror(String text) {
        return new MnistDataException("'" + text + "' is not a mirror address: give an http:// or https:// URL of a"
                + " folder that serves " + MnistSplit.TRAIN.imagesFile() + ".gz and the other three MNIST files.");
    }
}
