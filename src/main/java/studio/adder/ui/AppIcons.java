package studio.adder.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * Adder Studio's icon (assets/icon, drawn by scripts/IconMaker.java) at the sizes a window
 * manager picks from; the launcher and the desktop entry use the same pictures.
 */
final class AppIcons {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {}

    /** Every size found in the application's resources; empty in a build without assets. */
    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/assets/icon/adder-studio-" + size + ".png");
            if (in != null) {
                images.add(new Image(in));
            }
        }
        return images;
    }
}
