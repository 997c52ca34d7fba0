package studio.adder.ui.inside;

import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import studio.adder.explain.ConvKernels;
import studio.adder.explain.ExplainPictures;
import studio.adder.explain.LayerOutput;
import studio.adder.ui.common.FigurePalette;

/** One feature map shown large, with the kernels that made it (one per input channel) when the layer has any. */
final class ChannelDetail extends VBox {

    private static final double MAP_SIDE = 100;
    private static final double KERNELS_WIDTH = 190;

    private final Label title = new Label("Click a tile to see it larger, with its kernels.");
    private final Canvas map = new Canvas(MAP_SIDE, MAP_SIDE);
    private final Label kernelsTitle = new Label();
    private final Canvas kernels = new Canvas(KERNELS_WIDTH, 10);
    private final Cells.ImageBrush brush = new Cells.ImageBrush();
    /** The kernels drawn now: they change with the channel and the model, not with the drawing. */
    private ConvKernels drawnKernels;
    private int drawnChannel = -1;
    private FigurePalette drawnPalette;

    ChannelDetail() {
        super(6);
        setId("channel-detail");
        title.setWrapText(true);
        kernelsTitle.setWrapText(true);
        title.setMaxWidth(MAP_SIDE + KERNELS_WIDTH + 8);
        kernelsTitle.setMaxWidth(KERNELS_WIDTH);
        getChildren().addAll(title, new HBox(8, map, new VBox(4, kernelsTitle, kernels)));
        setPadding(new Insets(4));
    }

    void show(LayerOutput layer, int channel) {
        GraphicsContext g = map.getGraphicsContext2D();
        g.clearRect(0, 0, MAP_SIDE, MAP_SIDE);
        if (layer == null || !layer.isMaps() || channel >= layer.channels()) {
            kernels.getGraphicsContext2D().clearRect(0, 0, kernels.getWidth(), kernels.getHeight());
            drawnKernels = null;
            return;
        }
        title.setText(layer.name() + ", channel " + (channel + 1) + " of " + layer.channels() + " ("
                + layer.shape()[1] + "x" + layer.shape()[2] + "): bright where this channel responds.");
        brush.grey(g, ExplainPictures.stretched(layer.channel(channel)), layer.shape()[2], MAP_SIDE);
        ConvKernels weights = layer.kernels();
        // Kernels are the model's: drawn again only for another channel, model or theme.
        if (weights == drawnKernels && channel == drawnChannel && FigurePalette.current() == drawnPalette) {
            return;
        }
        drawnKernels = weights;
        drawnChannel = channel;
        drawnPalette = FigurePalette.current();
        kernels.getGraphicsContext2D().clearRect(0, 0, kernels.getWidth(), kernels.getHeight());
        if (weights == null) {
            kernelsTitle.setText("This layer has no kernels: it works on each value (or each small window) alone.");
            kernels.setHeight(1);
            return;
        }
        kernelsTitle.setText(weights.inputs() + " kernel" + (weights.inputs() == 1 ? "" : "s") + " of "
                + weights.side() + "x" + weights.side() + ", one per input channel (red adds, blue subtracts):");
        drawKernels(weights, channel);
    }

    private void drawKernels(ConvKernels weights, int channel) {
        int count = weights.inputs();
        double cell = weights.side() == 1 ? 8 : count <= 16 ? 10 : count <= 64 ? 5 : 3;
        double tile = cell * weights.side() + 2;
        int columns = (int) Math.max(1, Math.floor(KERNELS_WIDTH / tile));
        kernels.setHeight(Math.ceil((double) count / columns) * tile);
        GraphicsContext g = kernels.getGraphicsContext2D();
        g.clearRect(0, 0, kernels.getWidth(), kernels.getHeight());
        float range = 0;
        for (int i = 0; i < count; i++) {
            range = Math.max(range, Cells.maxAbs(weights.kernel(channel, i)));
        }
        for (int i = 0; i < count; i++) {
            Cells.diverging(g, weights.kernel(channel, i), weights.side(), (i % columns) * tile, (i / columns) * tile,
                    cell, range);
        }
    }
}
