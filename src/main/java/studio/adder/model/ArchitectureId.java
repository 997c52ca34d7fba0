package studio.adder.model;

/** The architectures a user can choose, as a type: settings hold one of these, never a string. */
public enum ArchitectureId {
    /** The batch-normalised CNN whose sum head can add; the default. */
    COMPACT("compact"),
    /** The seed notebook's network, layer for layer. */
    SEED("seed");

    /** What new models use unless the user picks another. */
    public static final ArchitectureId DEFAULT = COMPACT;

    private final String id;

    ArchitectureId(String id) {
        this.id = id;
    }

    /** The id written on model cards and accepted by {@code --arch}. */
    public String id() {
        return id;
    }

    /** The architecture that builds this id's block. */
    public Architecture architecture() {
        return Architectures.byId(id);
    }

    /** The id as typed on the command line (any case), or an error listing the choices. */
    public static ArchitectureId parse(String text) {
        return EnumIds.parse(ArchitectureId.class, ArchitectureId::id, text, "architecture");
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
