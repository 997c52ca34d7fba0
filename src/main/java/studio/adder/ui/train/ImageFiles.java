package studio.adder.ui.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a snapshot of a node as PNG, atomically so a crash never leaves half a file. */
final class ImageFiles {

    private ImageFiles() {}

    static void savePng(Node node, Path target) throws IOException {
        WritableImage snapshot = node.snapshot(null, null);
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".chart", ".png.tmp");
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(snapshot, null), "png", temp.toFile())) {
                throw new IOException("No PNG writer is available.");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
