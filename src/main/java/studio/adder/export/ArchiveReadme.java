package studio.adder.export;

import java.util.Locale;
import studio.adder.model.ModelCard;

/** The README placed inside every exported archive: the same contract as its {@code model.json}, in words. */
final class ArchiveReadme {

    private ArchiveReadme() {}

    /** {@code text} broken into lines of at most {@code width} characters, each after the first indented. */
    static String wrap(String text, String indent, int width) {
        StringBuilder wrapped = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                wrapped.append('\n').append(indent);
                lineLength = 0;
            } else if (lineLength > 0) {
                wrapped.append(' ');
                lineLength++;
            }
            wrapped.append(word);
            lineLength += word.length();
        }
        return wrapped.toString();
    }

    static String text(ModelCard card, String paramsSha256) {
        return String.format(Locale.ROOT, """
                Adder Studio model: %s
                Architecture: %s (version %d), trained %d epoch(s).
                Test set: digit accuracy %.2f%%, sum accuracy %.2f%% on %d MNIST test images.

                LOADING WITH PLAIN DJL
                  Class path: adder-studio.jar, DJL's api and mxnet-engine, mxnet-native-mkl, gson,
                  jna, slf4j-api (all in the app's lib/ folder); no JavaFX.
                  Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                      .setTypes(AdderInput.class, AdderPrediction.class)
                      .optModelPath(Paths.get("this-archive.zip"))   // a folder of these files works too
                      .build();
                  try (ZooModel<AdderInput, AdderPrediction> model = criteria.loadModel();
                       Predictor<AdderInput, AdderPrediction> predictor = model.newPredictor()) {
                      float[] pixels = MnistPreprocessor.toMnist(GrayImage.read(Paths.get("digit.png"))).orElseThrow();
                      AdderPrediction answer = predictor.predict(new AdderInput(pixels, 3));
                      System.out.println(answer.digit() + " + 3 = " + answer.sum());
                  }
                  serving.properties names the block factory (the network) and the translator factory,
                  so DJL needs nothing else. The classes live in studio.adder.predict.
                  Long form, if you prefer to say it all: add .optEngine("MXNet") (or "PyTorch"),
                  .optBlock(AdderModels.newBlock("%s")) and .optTranslator(new AdderTranslator()).

                  The same criteria with setTypes(Input.class, Output.class) gives DJL Serving's pair:
                  the request holds the image bytes (PNG or JPEG; the body, or a field named image)
                  and the number (a field, query parameter or header named number); the answer is JSON
                  with number, digit, sum, digitConfidence, sumConfidence, headsAgree,
                  digitProbabilities (10) and sumProbabilities (19), as `predict --json` prints them.
                  A bad request (no image, not an image, no ink, number not 0-9) is refused with a
                  TranslateException holding one sentence (DJL Serving answers 400).
                  DJL Serving finds these classes when adder-studio.jar is in its deps folder.

                INPUTS
                  AdderInput: 784 floats in 0..1 (28x28, row-major, white ink on black, not yet
                  normalised) and the number 0-9. The network itself takes, in this order:
                  1. image  float32 (N,1,28,28), normalised (x - 0.1307) / 0.3081
                  2. number float32 (N,10), one-hot

                PREPROCESSING (MnistPreprocessor, the same as the app's)
                  %s

                OUTPUTS
                  AdderPrediction: digitProbabilities (10) and sumProbabilities (19); digit() and sum().
                  The network itself returns, in this order:
                  1. digit logits (N,10)  -> softmax -> P(digit = 0..9)
                  2. sum logits   (N,19)  -> softmax -> P(digit + number = 0..18)

                FILES
                  %s  DJL parameters (MXNet or PyTorch); weights, not structure
                      SHA-256 %s (checked when the model is opened)
                  model.json          the model card: architecture, training settings, test figures,
                                      paramsSha256 and this contract as JSON ("contract")
                  serving.properties  engine, parameter file prefix, block and translator factories

                Or open it in Adder Studio: Model > Open model folder or archive.
                """,
                card.name(), card.architecture(), card.architectureVersion(), card.epochsCompleted(),
                100 * card.testFigure("digitAccuracy"), 100 * card.testFigure("sumAccuracy"),
                (int) card.testFigure("evaluated"), card.architecture(), wrap(ArchiveContract.PREPROCESSING, "  ", 92),
                card.paramsFile(), paramsSha256);
    }
}
