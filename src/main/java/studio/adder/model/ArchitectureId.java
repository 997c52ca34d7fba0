package studio.adder.model;

import studio.adder.util.EnumIds;

/**
 * The architectures a user can choose, as a type: settings hold one of these, never a string, and
 * each constant holds the one {@link Architecture} that builds its network.
 */
public enum ArchitectureId {
    /** The batch-normalised CNN whose sum head can add; the default. */
    COMPACT("compact", new CompactArchitecture()),
    /** The seed notebook's network, layer for layer. */
    SEED("seed", new SeedArchitecture());

    /** What new models use unless the user picks another. */
    public static final ArchitectureId DEFAULT = COMPACT;

    private final String id;
    private final Architecture architecture;

    ArchitectureId(String id, Architecture architecture) {
        this.id = id;
        this.architecture = architecture;
    }

    /** The id written on model cards and accepted by {@code --arch}. */
    public String id() {
        return id;
    }

    /** The architecture that builds this id's block. */
    public Architecture architecture() {
        return architecture;
    }

    /** The id as typed on the command line (any case), or an error listing the choices. */
    public static ArchitectureId parse(String text) {
        return EnumIds.parse(ArchitectureId.class, ArchitectureId::id, text, "architecture");
    }

    /** The architecture whose id a model card states, or an error listing the ones that exist. */
    public static Architecture byId(String id) {
        return parse(id).architecture();
    }

    /** The ids, comma separated, for help texts and messages. */
    public static String ids() {
        return EnumIds.list(ArchitectureId.class, ArchitectureId::id);
    }

    /** The id, so menus and messages show what users type. */
    @Override
    public String toString() {
        return id;
    }
}
