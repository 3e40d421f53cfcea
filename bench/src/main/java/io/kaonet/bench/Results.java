package io.kaonet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times work and appends one tab-separated line per measurement to the run's results file (the
 * same format {@code bench/peers.py} writes): graph, work, tool, wall seconds, CPU seconds of the
 * process (all threads), status, note. On a shared machine the CPU time says how much work was
 * done, the wall time how long it took.
 *
 * <p>A measurement is the median of up to {@link #MAX_RUNS} runs; runs are repeated only while
 * each takes under {@link #REPEAT_BELOW_SECONDS}, so long work runs once. The JVM is not warmed up
 * apart from those repeats.
 */
final class Results {

    static final int MAX_RUNS = 3;
    static final double REPEAT_BELOW_SECONDS = 10;
    static final String TOOL = "kaonet";

    private final Path file;
    private final String graph;

    Results(Path file, String graph) {
        this.file = file;
        this.graph = graph;
    }

    /** The value of the last run, the median wall time and the CPU time of that run. */
    record Timed<T>(T value, double seconds, double cpuSeconds, int runs) {
    }

    private double lastCpu = Double.NaN;

    <T> Timed<T> time(Supplier<T> work) {
        double[] seconds = new double[MAX_RUNS];
        double[] cpu = new double[MAX_RUNS];
        T value = null;
        int runs = 0;
        while (runs < MAX_RUNS) {
            value = null;
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            value = work.get();
            cpu[runs] = (processCpuNanos() - cpuStart) / 1e9;
            seconds[runs++] = (System.nanoTime() - start) / 1e9;
            if (seconds[runs - 1] >= REPEAT_BELOW_SECONDS) {
                break;
            }
        }
        // The median run, by wall time, with its own CPU time.
        Integer[] byTime = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            byTime[i] = i;
        }
        Arrays.sort(byTime, (a, b) -> Double.compare(seconds[a], seconds[b]));
        int median = byTime[runs / 2];
        lastCpu = cpu[median];
        return new Timed<>(value, seconds[median], cpu[median], runs);
    }

    /** Starts timing work done outside {@link #time}; {@link #lap()} gives wall seconds and keeps its CPU time. */
    long[] start() {
        return new long[] {System.nanoTime(), processCpuNanos()};
    }

    double lap(long[] started) {
        lastCpu = (processCpuNanos() - started[1]) / 1e9;
        return (System.nanoTime() - started[0]) / 1e9;
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Records a measurement; its CPU time is that of the last {@link #time} or {@link #lap}, if any. */
    void record(String work, double seconds, String status, String note) {
        String cpu = Double.isNaN(lastCpu) ? "" : String.format(Locale.ROOT, "%.4f", lastCpu);
        lastCpu = Double.NaN;
        String line = String.join("\t", graph, work, TOOL, String.format(Locale.ROOT, "%.4f", seconds), cpu, status,
                note.replace('\t', ' ').replace('\n', ' '));
        System.out.println(line);
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
