package studio.adder.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.nio.file.Path;
import studio.adder.model.LoadedModel;
import studio.adder.model.ModelCard;
import studio.adder.model.ModelLibrary;

/**
 * Starts a run from a saved model: loads it the way the app loads any model (card and parameter
 * checks included) and copies its parameters, batch-norm statistics too, into the run's network
 * of the same architecture. Call it before the trainer exists: DJL's {@code Trainer.initialize}
 * hands the parameters' values to the parameter server, and the first update would bring back
 * whatever they were then.
 */
final class InitialParameters {

    private InitialParameters() {}

    /**
     * Initialises {@code model}'s network for {@code inputShapes} and copies the parameters of
     * {@code folderOrArchive} into it; the trainer's own initialisation then keeps them.
     *
     * @return the card of the model started from
     * @throws IllegalArgumentException when it is another architecture
     */
    static ModelCard loadInto(Model model, Path folderOrArchive, String architecture, Device device,
            Shape... inputShapes) {
        Block block = model.getBlock();
        block.initialize(model.getNDManager(), DataType.FLOAT32, inputShapes);
        try (LoadedModel base = ModelLibrary.load(folderOrArchive, device)) {
            ModelCard card = base.card();
            if (!card.architecture().equals(architecture)) {
                throw new IllegalArgumentException("The model to start from, " + folderOrArchive.getFileName()
                        + ", is a '" + card.architecture() + "' network, but this run trains '" + architecture
                        + "'. Choose the same architecture to fine-tune it.");
            }
            PairList<String, Parameter> from = base.model().getBlock().getParameters();
            PairList<String, Parameter> to = block.getParameters();
            if (from.size() != to.size()) {
                throw new IllegalArgumentException(folderOrArchive.getFileName() + " holds " + from.size()
                        + " parameters where this network has " + to.size() + ".");
            }
            for (int i = 0; i < to.size(); i++) {
                Pair<String, Parameter> target = to.get(i);
                NDArray source = from.get(i).getValue().getArray();
                NDArray destination = target.getValue().getArray();
                if (!source.getShape().equals(destination.getShape())) {
                    throw new IllegalArgumentException("Parameter " + target.getKey() + " of "
                            + folderOrArchive.getFileName() + " has shape " + source.getShape() + ", not "
                            + destination.getShape() + ".");
                }
                source.copyTo(destination);
            }
            return card;
        }
    }
}
