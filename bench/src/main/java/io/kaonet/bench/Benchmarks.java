package io.kaonet.bench;

import io.kaonet.importers.demo.CordisExportGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The benchmark harness's Java side; {@code bench/run.sh} calls it (see {@code docs/benchmarks.md}).
 *
 * <pre>
 * generate   NODES TIES SEED FILE                      write the edge list (skipped when FILE is already that graph)
 * algorithms GRAPH FILE RESULTS THREADS PIVOTS WORK,…  time Kaonet's algorithms on FILE
 * store      GRAPH FILE RESULTS WORKDIR                import via NetworkWriter and via LOAD CSV; projection
 * projection GRAPH FILE RESULTS WORKDIR                projection of the whole store and of a 300-actor cluster,
 *                                                      Java API, Bolt, and the whole-store read of before; update
 *                                                      after a write of 100 records
 * cordis     NAME FOLDER RESULTS [PROJECTS]            synthetic CORDIS export (default Horizon 2020 size) into
 *                                                      FOLDER; the importer's validate, emit and read on it
 * </pre>
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: generate|algorithms|store|projection|cordis …");
        }
        switch (args[0]) {
            case "generate" -> generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]),
                    Path.of(args[4]));
            case "algorithms" -> new AlgorithmBenchmark(Path.of(args[2]), new Results(Path.of(args[3]), args[1]),
                    Set.of(args[6].split(",")), Integer.parseInt(args[4]), Integer.parseInt(args[5])).run();
            case "store" -> new StoreBenchmark(Path.of(args[2]), Path.of(args[4]),
                    new Results(Path.of(args[3]), args[1])).run();
            case "projection" -> new ProjectionBenchmark(Path.of(args[2]), Path.of(args[4]),
                    new Results(Path.of(args[3]), args[1])).run();
            case "cordis" -> new CordisBenchmark(Path.of(args[2]), args.length > 4 ? Integer.parseInt(args[4])
                    : CordisExportGenerator.Parameters.DEFAULT_PROJECTS, new Results(Path.of(args[3]), args[1])).run();
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.exit(0);
    }

    private static void generate(int n, int m, long seed, Path file) throws IOException {
        String header = "# nodes " + n + " edges " + m + " seed " + seed;
        if (Files.exists(file)) {
            try (var lines = Files.lines(file)) {
                if (lines.findFirst().orElse("").equals(header)) {
                    System.out.println("kept " + file + " (" + header.substring(2) + ")");
                    return;
                }
            }
        }
        long start = System.nanoTime();
        long[] edges = GraphGenerator.generate(n, m, seed);
        EdgeListFile.write(file, n, edges, seed);
        System.out.printf("wrote %s (%s) in %.1f s%n", file, header.substring(2), (System.nanoTime() - start) / 1e9);
    }
}
