package studio.adder.ui.train;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import studio.adder.util.AtomicFiles;

/** Snapshots a node (FX thread) and saves it as PNG (IO lane), atomically so a crash never leaves half a file. */
final class ImageFiles {

    private ImageFiles() {}

    /** The node as an image; call on the FX thread. */
    static BufferedImage snapshot(Node node) {
        return SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
    }

    /** Encodes and writes {@code image}; call on an IO lane. */
    static void writePng(BufferedImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer is available.");
            }
        });
    }
}
