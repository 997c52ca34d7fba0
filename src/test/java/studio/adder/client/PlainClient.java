package studio.adder.client;

import ai.djl.inference.Predictor;
import ai.djl.modality.Input;
import ai.djl.modality.Output;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.google.gson.Gson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;

/**
 * A client program as a DJL user writes one, run by {@link ClientWithoutJavaFxTest} in a JVM whose
 * class path holds the app's classes and DJL but no JavaFX: {@code MODEL NUMBER IMAGE...}. For each
 * image it prints one JSON line with the answers of both type pairs, each loaded with
 * {@code optModelPath} alone.
 */
public final class PlainClient {

    private PlainClient() {}

    public static void main(String[] args) throws Exception {
        Path modelPath = Paths.get(args[0]);
        int number = Integer.parseInt(args[1]);
        Criteria<AdderInput, AdderPrediction> typed = Criteria.builder()
                .setTypes(AdderInput.class, AdderPrediction.class).optModelPath(modelPath).build();
        Criteria<Input, Output> serving = Criteria.builder()
                .setTypes(Input.class, Output.class).optModelPath(modelPath).build();
        try (ZooModel<AdderInput, AdderPrediction> model = typed.loadModel();
                Predictor<AdderInput, AdderPrediction> predictor = model.newPredictor();
                ZooModel<Input, Output> servingModel = serving.loadModel();
                Predictor<Input, Output> servingPredictor = servingModel.newPredictor()) {
            for (int i = 2; i < args.length; i++) {
                Path image = Paths.get(args[i]);
                float[] pixels = MnistPreprocessor.toMnist(GrayImage.read(image)).orElseThrow();
                AdderPrediction answer = predictor.predict(new AdderInput(pixels, number));

                Input request = new Input();
                request.add("data", Files.readAllBytes(image));
                request.add("number", Integer.toString(number));
                Output response = servingPredictor.predict(request);

                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", image.toString());
                line.put("digit", answer.digit());
                line.put("sum", answer.sum());
                line.put("digitProbabilities", answer.digitProbabilities());
                line.put("sumProbabilities", answer.sumProbabilities());
                line.put("servingJson", response.getData().getAsString());
                System.out.println(new Gson().toJson(line));
            }
        }
        System.out.println("javafx on class path: " + javaFxPresent());
    }

    private static boolean javaFxPresent() {
        try {
            Class.forName("javafx.application.Platform", false, PlainClient.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException expected) {
            return false;
        }
    }
}
