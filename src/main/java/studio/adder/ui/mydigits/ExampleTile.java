package studio.adder.ui.mydigits;

import studio.adder.mydigits.Example;

/**
 * One example as the gallery shows it.
 *
 * @param example where it is kept
 * @param pixels its 28x28 input, 0..1 white on black
 */
public record ExampleTile(Example example, float[] pixels) {

    /** The digit it is filed under. */
    public int digit() {
        return example.digit();
    }

    /** Tiles are the same example when they name the same files, whatever pixels were read. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExampleTile that && example.equals(that.example);
    }

    @Override
    public int hashCode() {
        return example.hashCode();
    }

    @Override
    public String toString() {
        return "ExampleTile[" + example + "]";
    }

    /** Its file name, unique within its digit. */
    public String name() {
        return example.name();
    }
}
