package studio.adder.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The app's two looks, both AtlantaFX Primer themes. */
public enum Theme {
    /** Light Primer. */
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet()),
    /** Dark Primer. */
    DARK("Dark", new PrimerDark().getUserAgentStylesheet());

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    /** The name shown in the View menu. */
    public String label() {
        return label;
    }

    /** The theme's user-agent stylesheet. */
    public String stylesheet() {
        return stylesheet;
    }

    /** Makes this the look of every window in the app. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
    }

    /** The theme with this name, or light when unknown. */
    public static Theme named(String name) {
        for (Theme theme : values()) {
            if (theme.name().equals(name)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
