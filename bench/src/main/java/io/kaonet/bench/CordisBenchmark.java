package io.kaonet.bench;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.demo.CordisExportGenerator;
import io.kaonet.importers.demo.CordisExportSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CORDIS importer on a synthetic export of Horizon 2020's size ({@link CordisExportGenerator}):
 * generates the export into a folder (kept when the folder already holds the export of the same
 * parameters, so that the command line's import can be timed on it afterwards), then times
 * {@link CordisImporter#validate} and {@link CordisImporter#emit} into a consumer that only counts,
 * and last {@link CordisImporter#read} (everything in memory), each with the peak heap of its own
 * phase. The Neo4j import of the folder is timed with {@code kaonet import --format=cordis}
 * (docs/benchmarks.md).
 */
final class CordisBenchmark {

    static final int CHUNK_RECORDS = 10_000;
    private static final String MARKER = "generated-with.txt";

    private final Path folder;
    private final int projects;
    private final Results results;

    CordisBenchmark(Path folder, int projects, Results results) {
        this.folder = folder;
        this.projects = projects;
        this.results = results;
    }

    void run() throws IOException {
        CordisExportGenerator.Parameters parameters = CordisExportGenerator.Parameters.scaled(CordisExportGenerator.Parameters.DEFAULT_SEED, projects);
        Path marker = folder.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).startsWith(parameters.toString())) {
            System.out.println("kept " + folder + " (" + parameters + ")");
        } else {
            long[] started = results.start();
            CordisExportSummary summary = new CordisExportGenerator(parameters).writeTo(folder);
            results.record("cordis-generate", results.lap(started), "ok", summary.describe());
            Files.writeString(marker, parameters + "\n" + summary.describe(), StandardCharsets.UTF_8);
        }
        long bytes = Files.size(folder.resolve("project.csv")) + Files.size(folder.resolve("organization.csv"));
        CordisImporter importer = new CordisImporter();

        resetPeaks();
        long[] started = results.start();
        long records = importer.validate(folder, KnownIds.NONE);
        results.record("cordis-validate", results.lap(started), "ok", Results.format(
                "%,d records valid in %.1f MB of CSV; peak heap %s", records, bytes / 1e6, peakHeap()));

        resetPeaks();
        long[] emitted = {0};
        started = results.start();
        long chunks = importer.emit(folder, CHUNK_RECORDS, (NetworkBatch chunk) -> emitted[0] += chunk.size());
        results.record("cordis-emit", results.lap(started), "ok", Results.format(
                "%,d records in %,d chunks of at most %,d to a counting consumer; peak heap %s", emitted[0], chunks,
                CHUNK_RECORDS, peakHeap()));

        resetPeaks();
        started = results.start();
        try {
            NetworkBatch all = importer.read(folder, KnownIds.NONE);
            results.record("cordis-read", results.lap(started), "ok", Results.format(
                    "%,d records held in memory at once; peak heap %s", all.size(), peakHeap()));
        } catch (OutOfMemoryError e) {
            results.record("cordis-read", results.lap(started), "oom", "read holds every record: " + peakHeap());
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap pools' peak use summed (garbage included: an upper bound) and the maximum heap. */
    private static String peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return Results.format("%.0f MB of max %.0f MB", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }
}
