package studio.adder.ui.train;

import java.util.function.ToDoubleFunction;
import studio.adder.train.HeadMetrics;

/** One of the four figures each head reports, with how charts show it. */
enum HeadMetric {
    DIGIT_LOSS("digit loss", HeadMetrics::digitLoss, false),
    SUM_LOSS("sum loss", HeadMetrics::sumLoss, false),
    DIGIT_ACCURACY("digit accuracy", HeadMetrics::digitAccuracy, true),
    SUM_ACCURACY("sum accuracy", HeadMetrics::sumAccuracy, true);

    private final String label;
    private final ToDoubleFunction<HeadMetrics> reader;
    private final boolean accuracy;

    HeadMetric(String label, ToDoubleFunction<HeadMetrics> reader, boolean accuracy) {
        this.label = label;
        this.reader = reader;
        this.accuracy = accuracy;
    }

    String label() {
        return label;
    }

    boolean isAccuracy() {
        return accuracy;
    }

    boolean isDigitHead() {
        return this == DIGIT_LOSS || this == DIGIT_ACCURACY;
    }

    /** The value as plotted: accuracies in percent, losses as they are. */
    double read(HeadMetrics metrics) {
        double value = reader.applyAsDouble(metrics);
        return accuracy ? value * 100 : value;
    }
}
