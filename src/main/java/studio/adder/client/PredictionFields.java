package studio.adder.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one answer as {@code predict --json} prints them and DJL Serving returns them, in
 * one place so the two stay the same: {@code number}, {@code digit}, {@code sum},
 * {@code digitConfidence}, {@code sumConfidence}, {@code headsAgree}, {@code digitProbabilities}
 * (10) and {@code sumProbabilities} (19).
 */
public final class PredictionFields {

    /** The field names, in the order they are written. */
    public static final List<String> NAMES = List.of("number", "digit", "sum", "digitConfidence", "sumConfidence",
            "headsAgree", "digitProbabilities", "sumProbabilities");

    private PredictionFields() {}

    /** The answer to "image + {@code number}" as ordered JSON-ready fields. */
    public static Map<String, Object> of(AdderPrediction prediction, int number) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("digit", prediction.digit());
        fields.put("sum", prediction.sum());
        fields.put("digitConfidence", prediction.digitConfidence());
        fields.put("sumConfidence", prediction.sumConfidence());
        fields.put("headsAgree", prediction.sum() == prediction.digit() + number);
        fields.put("digitProbabilities", prediction.digitProbabilities());
        fields.put("sumProbabilities", prediction.sumProbabilities());
        return fields;
    }
}
