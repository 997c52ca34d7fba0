package studio.adder.ui;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/** What the app remembers between runs: the theme, the window's bounds and the number to add. */
public final class StudioPreferences {

    private static final String THEME = "theme";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String NUMBER = "draw.number";

    private final Preferences node;

    /** Preferences kept in {@code node}; tests pass a node of their own. */
    public StudioPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for this app. */
    public static StudioPreferences forUser() {
        return new StudioPreferences(Preferences.userNodeForPackage(StudioPreferences.class));
    }

    /** The theme chosen last, light at first. */
    public Theme theme() {
        return Theme.named(node.get(THEME, Theme.LIGHT.name()));
    }

    /** Remembers the theme. */
    public void saveTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    /** The window's last bounds, if any were saved. */
    public Optional<Rectangle2D> windowBounds() {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(node.getDouble(X, 0), node.getDouble(Y, 0), width, height));
    }

    /** Remembers the window's bounds. */
    public void saveWindowBounds(Rectangle2D bounds) {
        node.putDouble(X, bounds.getMinX());
        node.putDouble(Y, bounds.getMinY());
        node.putDouble(WIDTH, bounds.getWidth());
        node.putDouble(HEIGHT, bounds.getHeight());
    }

    /** The drawing tab's number to add from last time, if one was saved. */
    public OptionalInt number() {
        int value = node.getInt(NUMBER, -1);
        return value >= 0 && value <= 9 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** Remembers the drawing tab's number to add. */
    public void saveNumber(int value) {
        node.putInt(NUMBER, value);
    }
}
