package studio.adder.ui.train;

import java.util.List;
import javafx.geometry.Pos;
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

    MistakeGallery() {
        super(8, 8);
        getStyleClass().add("mistake-gallery");
    }

    /** Shows one tile per mistake. */
    void show(List<Mistake> mistakes) {
        getChildren().setAll(mistakes.stream().map(MistakeGallery::tile).toList());
        if (mistakes.isEmpty()) {
            getChildren().add(new Label("Misclassified test images appear here after each epoch."));
        }
    }

    private static VBox tile(Mistake mistake) {
        ImageView image = new ImageView(render(mistake.pixels()));
        image.setFitWidth(SIDE * 2);
        image.setFitHeight(SIDE * 2);
        image.setSmooth(false);
        Label caption = new Label("true " + mistake.digit() + "+" + mistake.number() + "=" + mistake.sum()
                + "\npredicted " + mistake.predictedDigit() + ", " + mistake.predictedSum());
        caption.getStyleClass().add("mistake-caption");
        VBox tile = new VBox(2, image, caption);
        tile.setAlignment(Pos.CENTER);
        tile.getStyleClass().add("mistake-tile");
        return tile;
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
