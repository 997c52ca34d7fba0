package studio.adder.util;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and lists the ids of an enum whose constants each carry the one id users type. */
public final class EnumIds {

    private EnumIds() {}

    /**
     * The constant of {@code type} whose id is {@code text} (any case, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException "Unknown {@code what} '...'. Choose one of: ..." otherwise
     */
    public static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> id, String text, String what) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> id.apply(value).equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown " + what + " '" + text + "'. Choose one of: " + list(type, id) + "."));
    }

    /** The ids of {@code type}, comma separated, for help texts and messages. */
    public static <E extends Enum<E>> String list(Class<E> type, Function<E, String> id) {
        return Arrays.stream(type.getEnumConstants()).map(id).collect(Collectors.joining(", "));
    }
}
