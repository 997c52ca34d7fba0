package studio.adder.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studio.adder.client.AdderInput;
import studio.adder.data.MnistData;
import studio.adder.explain.Explainer;
import studio.adder.explain.Explanation;
import studio.adder.explain.Head;
import studio.adder.explain.SaliencyMethod;

/**
 * What the Inside tab costs the engine per drawing, part by part: the first look (one forward pass with every
 * layer's output copied out, both answers, the sum head), gradient × ink saliency, the two one after the other and
 * from one recorded pass (what the Inside tab does while it shows), and occlusion
 * saliency (one batch of 170 images), each over many test images. Engine thread only.
 */
public final class InsideCost {

    private static final int WARM_UP = 10;

    private InsideCost() {}

    /**
     * One part's times.
     *
     * @param part what was timed
     * @param medianMillis median wall time of one call
     * @param p99Millis 99th percentile
     * @param calls calls timed
     */
    public record Part(String part, double medianMillis, double p99Millis, int calls) {
    }

    /** Times each part over {@code calls} test images (occlusion over a tenth of them, at least 5). */
    public static List<Part> measure(Explainer explainer, MnistData test, int calls) {
        List<Part> parts = new ArrayList<>();
        double[] look = new double[calls];
        double[] gradient = new double[calls];
        double[] both = new double[calls];
        double[] onePass = new double[calls];
        for (int i = -WARM_UP; i < calls; i++) {
            AdderInput input = input(test, i);
            long start = System.nanoTime();
            Explanation first = explainer.look(input);
            long looked = System.nanoTime();
            explainer.saliency(input, Head.DIGIT, first.target(Head.DIGIT), SaliencyMethod.GRADIENT);
            long end = System.nanoTime();
            explainer.explain(input, Head.DIGIT, SaliencyMethod.GRADIENT);
            long fused = System.nanoTime();
            if (i >= 0) {
                look[i] = (looked - start) / 1e6;
                gradient[i] = (end - looked) / 1e6;
                both[i] = (end - start) / 1e6;
                onePass[i] = (fused - end) / 1e6;
            }
        }
        parts.add(part("look: every layer, both answers, the sum head", look));
        parts.add(part("gradient x ink saliency", gradient));
        parts.add(part("look, then gradient saliency", both));
        parts.add(part("both from one recorded pass (explain)", onePass));
        int occlusionCalls = Math.max(5, calls / 10);
        double[] occlusion = new double[occlusionCalls];
        for (int i = -2; i < occlusionCalls; i++) {
            AdderInput input = input(test, i);
            long start = System.nanoTime();
            explainer.saliency(input, Head.DIGIT, 0, SaliencyMethod.OCCLUSION);
            if (i >= 0) {
                occlusion[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        parts.add(part("occlusion saliency", occlusion));
        return parts;
    }

    private static AdderInput input(MnistData test, int i) {
        float[] pixels = new float[28 * 28];
        test.copyImage(Math.floorMod(i, test.size()), pixels, 0);
        return new AdderInput(pixels, Math.floorMod(i, 10));
    }

    private static Part part(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Part(name, at(sorted, 0.5), at(sorted, 0.99), sorted.length);
    }

    private static double at(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
