package studio.adder.export.onnx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import studio.adder.AppVersion;
import studio.adder.export.ExportFormat;
import studio.adder.export.ExportSource;
import studio.adder.export.FormatExporter;
import studio.adder.export.ModelWeights;
import studio.adder.export.Readmes;
import studio.adder.export.Snippets;
import studio.adder.export.onnx.proto.OnnxIr.ModelProto;
import studio.adder.export.onnx.proto.OnnxIr.OperatorSetIdProto;
import studio.adder.export.onnx.proto.OnnxIr.StringStringEntryProto;
import studio.adder.model.ArchitectureId;
import studio.adder.model.ModelCard;

/**
 * {@link ExportFormat#ONNX}: one {@code .onnx} file that any ONNX runtime runs. Inputs {@code image}
 * (N,1,28,28) normalised and {@code number} (N,10) one-hot; outputs {@code digit} (N,10) and
 * {@code sum} (N,19) as probabilities; the batch size is free. The card travels in the model's
 * metadata, and a README with the snippets is written beside it.
 */
public final class OnnxExporter implements FormatExporter {

    /** The operator set the graph is written against: 13 runs in every current ONNX runtime. */
    public static final int OPSET = 13;
    /** The IR version that goes with opset 13. */
    static final int IR_VERSION = 7;
    /** The README's name beside {@code NAME.onnx}. */
    static final String README_SUFFIX = ".README.txt";

    @Override
    public ExportFormat format() {
        return ExportFormat.ONNX;
    }

    @Override
    public boolean needsWeights() {
        return true;
    }

    @Override
    public void write(ExportSource source, Path staging, String fileName) throws IOException {
        Files.write(staging.resolve(fileName), modelBytes(source.card(), source.weights()));
        // The README names the model by its file name alone, so it stays right wherever the two are moved.
        Files.writeString(staging.resolve(fileName + README_SUFFIX), readme(source.card(), Path.of(fileName)),
                StandardCharsets.UTF_8);
    }

    @Override
    public String snippet(Path written) {
        return Snippets.onnxPython(written);
    }

    /** The serialised ONNX model of {@code card}'s architecture with these weights (the web page embeds it). */
    public static byte[] modelBytes(ModelCard card, ModelWeights weights) {
        ArchitectureId architecture = ArchitectureId.parse(card.architecture());
        ModelProto.Builder model = ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName("Adder Studio")
                .setProducerVersion(AppVersion.get())
                .setDomain("studio.adder")
                .setModelVersion(1)
                .setDocString(readme(card, Path.of("this.onnx")))
                .setGraph(OnnxNetworks.graph(architecture, weights));
        metadata(card).forEach((key, value) ->
                model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(key).setValue(value)));
        return model.build().toByteArray();
    }

    /** The card as ONNX {@code metadata_props}: plain strings, as every runtime shows them. */
    static Map<String, String> metadata(ModelCard card) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("name", card.name());
        metadata.put("architecture", card.architecture());
        metadata.put("architecture_version", Integer.toString(card.architectureVersion()));
        metadata.put("epochs", Integer.toString(card.epochsCompleted()));
        putFigure(metadata, "test_digit_accuracy", card.testFigure("digitAccuracy"));
        putFigure(metadata, "test_sum_accuracy", card.testFigure("sumAccuracy"));
        putFigure(metadata, "test_images", card.testFigure("evaluated"));
        metadata.put("preprocessing", Readmes.PREPROCESSING);
        metadata.put("inputs", "image float32 (N,1,28,28) normalised (x/255 - 0.1307) / 0.3081, white ink on black;"
                + " number float32 (N,10) one-hot 0-9");
        metadata.put("outputs", "digit float32 (N,10) P(digit = 0..9); sum float32 (N,19) P(digit + number = 0..18)");
        metadata.put("trained_with", card.engine() + ", DJL " + card.djlVersion());
        metadata.put("created", card.created());
        metadata.put("app_version", "Adder Studio " + AppVersion.get());
        return metadata;
    }

    private static void putFigure(Map<String, String> metadata, String key, double value) {
        if (!Double.isNaN(value)) {
            metadata.put(key, value == Math.rint(value) ? Long.toString((long) value)
                    : String.format(Locale.ROOT, "%.4f", value));
        }
    }

    private static String readme(ModelCard card, Path model) {
        return Readmes.header(card, ExportFormat.ONNX) + """
                FILE
                  %s  one ONNX model (opset %d): the network, its trained weights and this
                  text; the card is in its metadata_props (Netron and onnxruntime show it).

                INPUTS
                  image   float32 (N,1,28,28)  MNIST-style pictures, normalised (x/255 - 0.1307) / 0.3081
                  number  float32 (N,10)       the number to add, one-hot
                OUTPUTS (probabilities: the softmax is applied)
                  digit   float32 (N,10)       P(digit = 0..9)
                  sum     float32 (N,19)       P(digit + number = 0..18)
                N, the batch size, is free.

                """.formatted(model.getFileName(), OPSET) + Readmes.preprocessing() + """
                PYTHON (onnxruntime)
                %s""".formatted(Readmes.indent(Snippets.onnxPython(model.getFileName())));
    }
}
