package studio.adder.export;

import java.util.Locale;
import studio.adder.model.ModelCard;

/** The README placed inside every exported archive. */
final class ArchiveReadme {

    private ArchiveReadme() {}

    static String text(ModelCard card) {
        return String.format(Locale.ROOT, """
                Adder Studio model: %s
                Architecture: %s (version %d), trained %d epoch(s).
                Test set: digit accuracy %.2f%%, sum accuracy %.2f%% on %d MNIST test images.

                INPUTS (in this order)
                  1. image  float32 (N,1,28,28): an MNIST-style digit, white ink on black,
                     pixels scaled to 0..1, then normalised: (x - 0.1307) / 0.3081.
                     Prepare drawings and photos like MNIST: crop to the ink, fit the longer
                     side into 20 px keeping the aspect ratio, centre the centre of mass in 28x28.
                  2. number float32 (N,10): the number 0-9 to add, one-hot.

                OUTPUTS (in this order)
                  1. digit logits (N,10)  -> softmax -> P(digit = 0..9)
                  2. sum logits   (N,19)  -> softmax -> P(digit + number = 0..18)

                FILES
                  %s  DJL parameters (MXNet engine); they hold weights, not structure
                  model.json          the model card: architecture, training settings, figures
                  serving.properties  tells DJL the engine and the parameter file prefix

                LOADING WITH PLAIN DJL (adder-studio.jar on the class path)
                  Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                      .setTypes(AdderInput.class, AdderPrediction.class)
                      .optModelPath(Paths.get("this-archive.zip"))
                      .optEngine("MXNet")
                      .optBlock(AdderModels.newBlock("%s"))
                      .optTranslator(new AdderTranslator())
                      .build();
                  try (ZooModel<AdderInput, AdderPrediction> model = criteria.loadModel();
                       Predictor<AdderInput, AdderPrediction> predictor = model.newPredictor()) {
                      AdderPrediction answer = predictor.predict(new AdderInput(pixels784, 3));
                  }
                  AdderInput takes the 784 pixels in 0..1 (the translator normalises them);
                  studio.adder.predict.MnistPreprocessor prepares any image that way.

                Or open it in Adder Studio: Model > Open model folder or archive.
                """,
                card.name(), card.architecture(), card.architectureVersion(), card.epochsCompleted(),
                100 * card.testFigure("digitAccuracy"), 100 * card.testFigure("sumAccuracy"),
                (int) card.testFigure("evaluated"), card.paramsFile(), card.architecture());
    }
}
