package studio.adder.ui.train;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import studio.adder.train.Mistake;

/** Test images the latest epoch got wrong, as MNIST shows them: white ink on black. */
final class MistakeGallery extends FlowPane {

    private static final int SIDE = 28;

    private final List<Tile> tiles = new ArrayList<>();
    private final Label emptyNote = new Label("Misclassified test images appear here after each epoch.");

    MistakeGallery() {
        super(8, 8);
        getStyleClass().add("mistake-gallery");
    }

    /** Shows one tile per mistake, reusing the tiles of the epoch before: new nodes would each cost a CSS pass. */
    void show(List<Mistake> mistakes) {
        while (tiles.size() < mistakes.size()) {
            tiles.add(new Tile());
        }
        List<Node> shown = new ArrayList<>(mistakes.size());
        for (int i = 0; i < mistakes.size(); i++) {
            tiles.get(i).show(mistakes.get(i));
            shown.add(tiles.get(i).box);
        }
        if (mistakes.isEmpty()) {
            shown.add(emptyNote);
        }
        getChildren().setAll(shown);
    }

    /** One mistake: the image as the model saw it, and what was true and what was predicted. */
    private static final class Tile {
        private final ImageView image = new ImageView();
        private final Label caption = new Label();
        private final VBox box = new VBox(2, image, caption);

        Tile() {
            image.setFitWidth(SIDE * 2);
            image.setFitHeight(SIDE * 2);
            image.setSmooth(false);
            caption.getStyleClass().add("mistake-caption");
            box.setAlignment(Pos.CENTER);
            box.getStyleClass().add("mistake-tile");
        }

        void show(Mistake mistake) {
            image.setImage(render(mistake.pixels()));
            caption.setText("true " + mistake.digit() + "+" + mistake.number() + "=" + mistake.sum()
                    + "\npredicted " + mistake.predictedDigit() + ", " + mistake.predictedSum());
        }
    }

    static WritableImage render(float[] pixels) {
        WritableImage image = new WritableImage(SIDE, SIDE);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double ink = Math.max(0, Math.min(1, pixels[y * SIDE + x]));
                writer.setColor(x, y, Color.gray(ink));
            }
        }
        return image;
    }
}
