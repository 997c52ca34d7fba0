package studio.adder.model;

import java.util.List;
import java.util.stream.Collectors;

/** The catalogue of architectures, looked up by the id written on model cards. */
public final class Architectures {

    /** The architecture new models use unless the user picks another. */
    public static final Architecture DEFAULT = new CompactArchitecture();

    private static final List<Architecture> ALL = List.of(DEFAULT, new SeedArchitecture());

    private Architectures() {}

    /** Every architecture, the default first. */
    public static List<Architecture> all() {
        return ALL;
    }

    /** The architecture with this id, or an error listing the ones that exist. */
    public static Architecture byId(String id) {
        return ALL.stream()
                .filter(architecture -> architecture.id().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown architecture '" + id + "'. Choose one of: " + ids() + "."));
    }

    /** The ids, comma separated, for help texts and messages. */
    public static String ids() {
        return ALL.stream().map(Architecture::id).collect(Collectors.joining(", "));
    }
}
