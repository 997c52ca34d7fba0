package studio.adder.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.adder.bench.SoakProbe;
import studio.adder.data.MnistData;
import studio.adder.data.MnistSplit;
import studio.adder.engine.EngineSetup;
import studio.adder.engine.Platform;
import studio.adder.model.ArchitectureId;
import studio.adder.train.RunControl;
import studio.adder.train.RunListener;
import studio.adder.train.RunOutcome;
import studio.adder.train.TrainingConfig;
import studio.adder.train.TrainingRun;

/**
 * {@code bench --soak N}: trains the default architecture N epochs on a subset, with a checkpoint
 * and an evaluation every epoch as in a real run, and prints resident memory and live NDArrays
 * after each epoch as one JSON object per line, then the growth from epoch 2 to the last.
 */
final class SoakBench {

    /** Test images scored after each epoch: enough to exercise evaluation, few enough to be quick. */
    private static final int TEST_IMAGES = 2_000;

    private SoakBench() {}

    static int run(DataOptions data, int epochs, int images, boolean json) throws IOException {
        if (epochs < 2) {
            throw new CliException("--soak needs at least 2 epochs: growth is measured from epoch 2 on.");
        }
        if (SoakProbe.residentKiB() < 0) {
            throw new CliException("bench --soak measures resident memory through /proc/self/status, which only Linux"
                    + " has, so it cannot run on " + Platform.current().description() + ".");
        }
        MnistData train = data.load(MnistSplit.TRAIN);
        MnistData fullTest = data.load(MnistSplit.TEST);
        MnistData test = MnistData.of(fullTest.images().first(Math.min(TEST_IMAGES, fullTest.size())),
                fullTest.labels().first(Math.min(TEST_IMAGES, fullTest.size())));
        TrainingConfig config = TrainingConfig.builder(ArchitectureId.DEFAULT).optEpochs(epochs)
                .optTrainingLimit(Math.min(images, train.size())).build();
        EngineSetup.EngineInfo engine = EngineSetup.start();
        List<SoakProbe.Sample> samples = new ArrayList<>();
        Path folder = Files.createTempDirectory("adder-soak-");
        try {
            TrainingRun run = new TrainingRun(config, train, test, folder, engine.device(), engine.deviceExplanation(),
                    engine.threads(), new RunControl());
            run.addEngineListeners(new SoakProbe(sample -> {
                samples.add(sample);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("epoch", sample.epoch());
                line.put("residentMiB", sample.residentKiB() / 1024.0);
                line.put("liveNdArrays", sample.liveNdArrays());
                line.put("heapUsedMiB", sample.heapUsedKiB() / 1024.0);
                if (json) {
                    Json.print(line);
                }
                System.err.printf(Locale.ROOT, "soak epoch %d: resident %.1f MiB, %d live NDArrays, heap %.1f MiB%n",
                        sample.epoch(), sample.residentKiB() / 1024.0, sample.liveNdArrays(),
                        sample.heapUsedKiB() / 1024.0);
            }));
            RunOutcome outcome = run.run(new RunListener() {});
            if (outcome.status() != RunOutcome.Status.COMPLETED) {
                throw new CliException("The soak run did not complete: " + outcome.message());
            }
        } finally {
            deleteFolder(folder);
        }
        SoakProbe.Sample second = samples.get(1);
        SoakProbe.Sample last = samples.get(samples.size() - 1);
        double growth = 100.0 * (last.residentKiB() - second.residentKiB()) / second.residentKiB();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("epochs", epochs);
        summary.put("trainingImages", config.trainingLimit());
        summary.put("testImages", test.size());
        summary.put("residentGrowthPercentFromEpoch2", growth);
        summary.put("liveNdArraysFirst", samples.get(0).liveNdArrays());
        summary.put("liveNdArraysLast", last.liveNdArrays());
        summary.put("command", "java -jar target/adder-studio.jar bench --soak " + epochs + " --soak-images " + images
                + " --json");
        if (json) {
            Json.print(summary);
        }
        System.err.printf(Locale.ROOT, "resident memory from epoch 2 to %d: %+.1f %% (%.1f -> %.1f MiB); live NDArrays %d -> %d%n",
                epochs, growth, second.residentKiB() / 1024.0, last.residentKiB() / 1024.0,
                samples.get(0).liveNdArrays(), last.liveNdArrays());
        return 0;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
