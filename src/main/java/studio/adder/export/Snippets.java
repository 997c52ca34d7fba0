package studio.adder.export;

import java.nio.file.Path;

/**
 * The short programs that load an export and predict one picture, shown after an export, in each
 * export's README and in the user guide. Each names the file it loads as it was written.
 */
public final class Snippets {

    /** What every Python snippet assumes the picture is. */
    static final String PICTURE = "digit.png: 28x28, white ink on black, like MNIST";

    private Snippets() {}

    /** Java with DJL: the archive through {@code Criteria}, the app's preprocessing included. */
    public static String djl(Path archive) {
        return """
                // Class path: adder-studio.jar and its lib/ folder (DJL, MXNet); no JavaFX needed.
                Criteria<AdderInput, AdderPrediction> criteria = Criteria.builder()
                        .setTypes(AdderInput.class, AdderPrediction.class)
                        .optModelPath(Paths.get("%s"))
                        .build();
                try (ZooModel<AdderInput, AdderPrediction> model = criteria.loadModel();
                     Predictor<AdderInput, AdderPrediction> predictor = model.newPredictor()) {
                    float[] pixels = MnistPreprocessor.toMnist(GrayImage.read(Paths.get("digit.png"))).orElseThrow();
                    AdderPrediction answer = predictor.predict(new AdderInput(pixels, 3));
                    System.out.println(answer.digit() + " + 3 = " + answer.sum());
                }
                """.formatted(javaString(archive));
    }

    /** Python with onnxruntime and Pillow. */
    public static String onnxPython(Path model) {
        return """
                # pip install onnxruntime pillow numpy
                # %s
                import numpy as np, onnxruntime as ort
                from PIL import Image

                session = ort.InferenceSession("%s")
                pixels = np.asarray(Image.open("digit.png").convert("L"), dtype=np.float32) / 255
                image = ((pixels - 0.1307) / 0.3081).reshape(1, 1, 28, 28)
                number = np.eye(10, dtype=np.float32)[[3]]  # one-hot: add 3
                digit, total = session.run(["digit", "sum"], {"image": image, "number": number})
                print(digit.argmax(1)[0], "+ 3 =", total.argmax(1)[0], f"({digit.max():.1%%} sure)")
                """.formatted(PICTURE, pythonString(model));
    }

    /** Python with PyTorch (and Pillow for the picture). */
    public static String pytorchPython(Path folder) {
        return """
                # pip install torch pillow numpy
                # %s
                import sys; sys.path.insert(0, "%s")
                import numpy as np, torch
                from PIL import Image
                import adder_model

                model = adder_model.load("%s")
                pixels = torch.from_numpy(np.asarray(Image.open("digit.png").convert("L"), dtype=np.float32) / 255)
                image = ((pixels - 0.1307) / 0.3081).reshape(1, 1, 28, 28)
                number = torch.nn.functional.one_hot(torch.tensor([3]), 10).float()  # add 3
                with torch.no_grad():
                    digit, total = model(image, number)
                print(digit.argmax(1).item(), "+ 3 =", total.argmax(1).item())
                """.formatted(PICTURE, pythonString(folder), pythonString(folder));
    }

    private static String javaString(Path path) {
        return path.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String pythonString(Path path) {
        return path.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
