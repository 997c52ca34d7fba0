package studio.adder.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import studio.adder.ui.common.FigurePalette;

/** The app's two looks, both AtlantaFX Primer themes. */
public enum Theme {
    /** Light Primer. */
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet(), FigurePalette.LIGHT),
    /** Dark Primer. */
    DARK("Dark", new PrimerDark().getUserAgentStylesheet(), FigurePalette.DARK);

    private final String label;
    private final String stylesheet;
    private final FigurePalette figures;

    Theme(String label, String stylesheet, FigurePalette figures) {
        this.label = label;
        this.stylesheet = stylesheet;
        this.figures = figures;
    }

    /** The name shown in the View menu. */
    public String label() {
        return label;
    }

    /** The theme's user-agent stylesheet. */
    public String stylesheet() {
        return stylesheet;
    }

    /** Makes this the look of every window in the app, its figures included. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
        FigurePalette.use(figures);
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
