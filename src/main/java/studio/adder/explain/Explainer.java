package studio.adder.explain;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderPrediction;
import studio.adder.data.AdderDataset;
import studio.adder.engine.ComputeThreads;
import studio.adder.util.Softmax;

/**
 * Looks inside a loaded adder model for one input: every layer's output, which pixels decided, and the sum head.
 * Runs DJL, so call it on the engine thread only; everything it returns is plain Java.
 */
public final class Explainer {

    /** Side of the paper patch that occlusion lays over the input. */
    static final int OCCLUSION_PATCH = 4;
    /** Step between occlusion patches. */
    static final int OCCLUSION_STRIDE = 2;

    private static final int SIDE = 28;
    private static final int PIXELS = SIDE * SIDE;

    private final Model model;
    private final LayerWalk walk;
    private final List<LayerWalk.Leaf> leaves = new ArrayList<>();
    private final List<ConvKernels> kernels = new ArrayList<>();
    private final SumHeadMaps sumHead;

    /** An explainer over a model whose block is an adder network (either architecture). */
    public Explainer(Model model) {
        this.model = model;
        this.walk = new LayerWalk(model.getBlock());
        leaves.addAll(walk.digitLeaves());
        leaves.addAll(walk.sumLeaves());
        for (LayerWalk.Leaf leaf : leaves) {
            kernels.add(leaf.block() instanceof Conv2d ? kernelsOf(leaf.block()) : null);
        }
        this.sumHead = new SumHeadMaps(walk.sumLeaves());
    }

    /**
     * Everything for one input, with saliency for {@code head}'s answer measured by {@code method}. Gradient
     * saliency comes from the same pass as the layers (one forward pass, recorded, and one backward pass), so a
     * first look followed by a separate saliency costs a forward pass more.
     */
    public Explanation explain(AdderInput input, Head head, SaliencyMethod method) {
        if (method == SaliencyMethod.GRADIENT) {
            return lookWithGradient(input, head);
        }
        Explanation look = look(input);
        Saliency saliency = saliency(input, head, look.target(head), method);
        return look.withSaliency(saliency);
    }

    /**
     * The cheap part of an explanation, from one forward pass: every layer's output, both answers and the sum
     * head's view, without saliency (a gradient pass, or many passes for occlusion), which can follow.
     */
    public Explanation look(AdderInput input) {
        long start = System.nanoTime();
        return lookFrom(input, layers(input), start);
    }

    /** Every layer's output for one input, in order, with the convolutions' kernels. */
    public List<LayerOutput> layers(AdderInput input) {
        // One image: a second OpenMP thread only adds barriers that wait on a busy core (ComputeThreads).
        try (ComputeThreads oneThread = ComputeThreads.singleThreaded();
                NDManager manager = model.getNDManager().newSubManager()) {
            NDList inputs = inputs(manager, input.pixels(), input.number(), 1);
            return copied(walk.run(new ParameterStore(manager, false), inputs.get(0), inputs.get(1)));
        }
    }

    /** The first look and gradient × ink saliency for {@code head}'s answer, from one recorded pass and its backward. */
    private Explanation lookWithGradient(AdderInput input, Head head) {
        long start = System.nanoTime();
        try (ComputeThreads oneThread = ComputeThreads.singleThreaded();
                NDManager manager = model.getNDManager().newSubManager();
                GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDList inputs = inputs(manager, input.pixels(), input.number(), 1);
            NDArray images = inputs.get(0);
            images.setRequiresGradient(true);
            LayerWalk.Pass pass = walk.runForGradient(new ParameterStore(manager, false), images, inputs.get(1));
            Explanation look = lookFrom(input, copied(pass), start);
            long backwardStart = System.nanoTime();
            int target = look.target(head);
            collector.backward(pass.logits(head).get(new NDIndex(0, target)));
            float[] map = gradientTimesInk(input.pixels(), images.getGradient().toFloatArray());
            return look.withSaliency(new Saliency(head, target, SaliencyMethod.GRADIENT, Saliency.normalised(map),
                    (System.nanoTime() - backwardStart) / 1e6));
        }
    }

    private Explanation lookFrom(AdderInput input, List<LayerOutput> layers, long start) {
        int digitsAt = walk.digitLeaves().size() - 1;
        float[] digits = Softmax.of(layers.get(digitsAt).values());
        float[] sums = Softmax.of(layers.get(layers.size() - 1).values());
        SumHeadView view = sumHead.view(digits, input.number());
        return new Explanation(input.pixels(), input.number(), layers, walk.penultimate(),
                new AdderPrediction(digits, sums), null, view, (System.nanoTime() - start) / 1e6);
    }

    private List<LayerOutput> copied(LayerWalk.Pass pass) {
        List<LayerOutput> layers = new ArrayList<>(leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            NDArray output = pass.outputs().get(i);
            long[] dims = output.getShape().slice(1).getShape();
            int[] shape = new int[dims.length];
            for (int d = 0; d < dims.length; d++) {
                shape[d] = (int) dims[d];
            }
            layers.add(new LayerOutput(leaves.get(i).name(), shape, output.toFloatArray(), kernels.get(i)));
        }
        return layers;
    }

    /** Which input pixels decided class {@code target} of {@code head}; see {@link SaliencyMethod}. */
    public Saliency saliency(AdderInput input, Head head, int target, SaliencyMethod method) {
        if (target < 0 || target >= head.classes()) {
            throw new IllegalArgumentException("The " + head.name().toLowerCase() + " head has no class " + target);
        }
        long start = System.nanoTime();
        float[] map;
        if (method == SaliencyMethod.GRADIENT) {
            try (ComputeThreads oneThread = ComputeThreads.singleThreaded()) {
                map = gradientTimesInk(input, head, target); // one image forward and back
            }
        } else {
            map = occlusion(input, head, target); // a batch of patched images: worth both threads
        }
        return new Saliency(head, target, method, Saliency.normalised(map), (System.nanoTime() - start) / 1e6);
    }

    /** The layers, for passes over many images. */
    LayerWalk walk() {
        return walk;
    }

    /** The model this explainer reads. */
    public Model model() {
        return model;
    }

    private float[] gradientTimesInk(AdderInput input, Head head, int target) {
        float[] raw = input.pixels();
        try (NDManager manager = model.getNDManager().newSubManager();
                GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDList inputs = inputs(manager, raw, input.number(), 1);
            NDArray images = inputs.get(0);
            images.setRequiresGradient(true);
            LayerWalk.Pass pass = walk.runForGradient(new ParameterStore(manager, false), images, inputs.get(1));
            collector.backward(pass.logits(head).get(new NDIndex(0, target)));
            return gradientTimesInk(raw, images.getGradient().toFloatArray());
        }
    }

    private static float[] gradientTimesInk(float[] raw, float[] gradient) {
        float[] map = new float[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            // The network reads (raw - mean) / std, so d score / d raw = gradient / std.
            map[i] = Math.abs(gradient[i] / AdderDataset.STD * raw[i]);
        }
        return map;
    }

    private float[] occlusion(AdderInput input, Head head, int target) {
        float[] raw = input.pixels();
        int steps = (SIDE - OCCLUSION_PATCH) / OCCLUSION_STRIDE + 1;
        int count = steps * steps + 1;
        float[] batch = new float[count * PIXELS];
        System.arraycopy(raw, 0, batch, 0, PIXELS);
        for (int p = 0; p < steps * steps; p++) {
            int top = (p / steps) * OCCLUSION_STRIDE;
            int left = (p % steps) * OCCLUSION_STRIDE;
            int offset = (p + 1) * PIXELS;
            System.arraycopy(raw, 0, batch, offset, PIXELS);
            for (int y = top; y < top + OCCLUSION_PATCH; y++) {
                for (int x = left; x < left + OCCLUSION_PATCH; x++) {
                    batch[offset + y * SIDE + x] = 0f;
                }
            }
        }
        float[] scores = classProbabilities(batch, input.number(), count, head, target);
        float[] drop = new float[PIXELS];
        for (int p = 0; p < steps * steps; p++) {
            int top = (p / steps) * OCCLUSION_STRIDE;
            int left = (p % steps) * OCCLUSION_STRIDE;
            float fall = Math.max(0f, scores[0] - scores[p + 1]);
            float inkInPatch = 0;
            for (int y = top; y < top + OCCLUSION_PATCH; y++) {
                for (int x = left; x < left + OCCLUSION_PATCH; x++) {
                    inkInPatch += raw[y * SIDE + x];
                }
            }
            // Paper over blank pixels changes nothing: the fall belongs to the ink the patch covered.
            for (int y = top; y < top + OCCLUSION_PATCH && inkInPatch > 0; y++) {
                for (int x = left; x < left + OCCLUSION_PATCH; x++) {
                    drop[y * SIDE + x] += fall * raw[y * SIDE + x] / inkInPatch;
                }
            }
        }
        return drop;
    }

    private float[] classProbabilities(float[] rawImages, int number, int count, Head head, int target) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList inputs = inputs(manager, rawImages, number, count);
            LayerWalk.Pass pass = walk.run(new ParameterStore(manager, false), inputs.get(0), inputs.get(1));
            return pass.logits(head).softmax(1).get(new NDIndex(":, {}", target)).toFloatArray();
        }
    }

    /** A copy of {@code count} raw images, each normalised as the network was trained. */
    static float[] normalised(float[] rawImages, int count) {
        float[] normalised = rawImages.clone();
        for (int i = 0; i < count; i++) {
            AdderDataset.normalise(normalised, i * PIXELS);
        }
        return normalised;
    }

    private static NDList inputs(NDManager manager, float[] rawImages, int number, int count) {
        float[] normalised = normalised(rawImages, count);
        NDArray images = manager.create(normalised, new Shape(count, 1, SIDE, SIDE));
        float[] oneHot = new float[count * 10];
        for (int i = 0; i < count; i++) {
            oneHot[i * 10 + number] = 1f;
        }
        return new NDList(images, manager.create(oneHot, new Shape(count, 10)));
    }

    private static ConvKernels kernelsOf(Block conv) {
        NDArray weight = conv.getParameters().get("weight").getArray();
        long[] shape = weight.getShape().getShape();
        return new ConvKernels((int) shape[0], (int) shape[1], (int) shape[2], weight.toFloatArray());
    }
}
