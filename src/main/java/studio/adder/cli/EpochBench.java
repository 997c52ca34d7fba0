package studio.adder.cli;

import ai.djl.Device;
import ai.djl.util.cuda.CudaUtils;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import studio.adder.bench.EpochThroughput;
import studio.adder.bench.TrainingThroughput;
import studio.adder.data.MnistData;
import studio.adder.engine.EngineSetup;
import studio.adder.model.ArchitectureId;

/**
 * The parts of {@code bench} that measure what users feel: a whole epoch per architecture on the
 * chosen devices (with the rate of each window of batches), GPU memory after it, and on a GPU the
 * same short window on the CPU for comparison.
 */
final class EpochBench {

    private EpochBench() {}

    /** One epoch of {@code arch} on {@code devices}, as JSON-ready values; logs a line to stderr. */
    static Map<String, Object> epoch(ArchitectureId arch, MnistData train, Device[] devices, int limit,
            int windowBatches) {
        EpochThroughput epoch = EpochThroughput.measure(arch, train, devices, limit, windowBatches);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("epochImagesPerSecond", epoch.imagesPerSecond());
        values.put("epochSeconds", epoch.seconds());
        values.put("epochImages", epoch.images());
        values.put("windowBatches", epoch.windowBatches());
        values.put("windowImagesPerSecond", epoch.windowImagesPerSecond());
        System.err.printf(Locale.ROOT, "train %s, whole epoch on %s: %.0f images/s over %.1f s; per %d batches: %s%n",
                arch.id(), EngineSetup.describe(devices), epoch.imagesPerSecond(), epoch.seconds(), windowBatches,
                epoch.windowImagesPerSecond().stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList());
        for (Device device : devices) {
            if (device.isGpu()) {
                MemoryUsage memory = CudaUtils.getGpuMemory(device);
                values.put("gpu" + device.getDeviceId() + "MemoryUsedMiB", memory.getCommitted() / (1 << 20));
                values.put("gpu" + device.getDeviceId() + "MemoryTotalMiB", memory.getMax() / (1 << 20));
            }
        }
        return values;
    }

    /** The short-window rate of {@code arch} on the CPU, beside a GPU's. */
    static double cpuShortWindow(ArchitectureId arch, MnistData train, int batches) {
        double rate = TrainingThroughput.measure(arch, train, Device.cpu(), 5, batches);
        System.err.printf(Locale.ROOT, "train %s on the CPU for comparison: %.0f images/s%n", arch.id(), rate);
        return rate;
    }

    /** Whether any of {@code devices} is a GPU. */
    static boolean anyGpu(Device[] devices) {
        for (Device device : devices) {
            if (device.isGpu()) {
                return true;
            }
        }
        return false;
    }
}
