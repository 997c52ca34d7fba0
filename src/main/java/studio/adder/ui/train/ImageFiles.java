package studio.adder.ui.train;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import studio.adder.model.AtomicFiles;

/** Saves a snapshot of a node as PNG, atomically so a crash never leaves half a file. */
final class ImageFiles {

    private ImageFiles() {}

    static void savePng(Node node, Path target) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer is available.");
            }
        });
    }
}
