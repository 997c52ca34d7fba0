package studio.adder.ui.train;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the cores went during a stretch of time: CPU seconds per group of this JVM's threads (named without
 * their trailing numbers), the JIT's compiling, and the X server, which draws a real window's pixels outside the JVM.
 */
final class CpuShares {

    private final Map<String, Double> totals = new HashMap<>();
    private Map<String, Double> start;
    private long startNanos;
    private double wallSeconds;

    /** Starts a stretch. */
    void start() {
        start = snapshot();
        startNanos = System.nanoTime();
    }

    /** Ends a stretch and adds its CPU seconds to the totals. */
    void stop() {
        Map<String, Double> end = snapshot();
        end.forEach((group, seconds) -> totals.merge(group, seconds - start.getOrDefault(group, 0.0), Double::sum));
        wallSeconds += (System.nanoTime() - startNanos) / 1e9;
    }

    /** The groups that used at least 0.01 of a core over all stretches, busiest first, as "group=cores". */
    String report() {
        return totals.entrySet().stream().filter(e -> e.getValue() / wallSeconds >= 0.01)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s=%.2f", e.getKey(), e.getValue() / wallSeconds))
                .collect(Collectors.joining(" "));
    }

    /**
     * Cores used by the FX application and render threads over all stretches. On GTK the FX application thread's
     * work (pulses, CSS, layout) runs on the thread glass names GtkNativeMainLoopThread.
     */
    double fxThreadsCores() {
        return Stream.of("JavaFX Application Thread", "GtkNativeMainLoopThread", "QuantumRenderer")
                .mapToDouble(group -> totals.getOrDefault(group, 0.0)).sum() / wallSeconds;
    }

    private static Map<String, Double> snapshot() {
        Map<String, Double> seconds = new HashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                String group = info.getThreadName().replaceAll("[-# ]*\\d+$", "");
                seconds.merge(group, Math.max(0, threads.getThreadCpuTime(info.getThreadId())) / 1e9, Double::sum);
            }
        }
        // The JIT's compiler threads are hidden from the thread bean; their busy time is the compilation time.
        double compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
        seconds.put("(JIT compiling)", compiling);
        // Native threads (OpenMP's workers) have no Java thread: the process total less everything named above.
        double named = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        ProcessHandle.current().info().totalCpuDuration()
                .ifPresent(total -> seconds.put("(native threads)", total.toNanos() / 1e9 - named));
        ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("Xvfb"))
                .forEach(p -> seconds.merge("(Xvfb)",
                        p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9, Double::sum));
        return seconds;
    }
}
