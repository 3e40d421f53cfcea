package io.kaonet.api.exchange;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.schema.GraphSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Import throughput (not a unit test; run by hand, numbers in {@code docs/benchmarks.md}):
 * generates a neo4j-admin style network of {@code ACTORS} actors and {@code TIES} ties (once per
 * folder), then runs each of the chosen imports of it in a fresh JVM with the same heap limit, each
 * into a fresh embedded store, and prints times, CPU times, rates and the peak heap:
 *
 * <ul>
 *   <li>{@code first-load}: {@code kaonet import --format=neo4j-admin} into a new store, which
 *       validates and then writes through Neo4j's batch importer (then schema and manifest);</li>
 *   <li>{@code neo4j-admin}: {@code neo4j-admin database import full} of the same files (Neo4j's
 *       import command, run in process; no constraints or indexes);</li>
 *   <li>{@code incremental}: the same {@code kaonet import} into a store that already holds one
 *       actor, so that it takes the transactional path of every later import;</li>
 *   <li>{@code load-csv}: Neo4j's own {@code LOAD CSV … CALL {…} IN TRANSACTIONS} of the same rows.</li>
 * </ul>
 *
 * <pre>java -Xmx512m -cp &lt;test classpath&gt; io.kaonet.api.exchange.ImportBenchmark FOLDER [TIES] [ACTORS] [MODE,MODE…]</pre>
 * (default modes: {@code incremental,load-csv}).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args[0]);
        long ties = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int actors = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        String modes = args.length > 3 ? args[3] : "incremental,load-csv";
        ExchangeCommand.quietLogs();
        Path input = root.resolve("input");
        if (modes.startsWith("child:")) {
            String mode = modes.substring("child:".length());
            switch (mode) {
                case "first-load" -> kaonet(root, input, actors + ties, false);
                case "incremental" -> kaonet(root, input, actors + ties, true);
                case "neo4j-admin" -> neo4jAdmin(root, input, actors + ties);
                case "load-csv" -> loadCsv(root, input, actors + ties);
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
            return;
        }
        if (!Files.exists(input.resolve("ties.csv"))) {
            Files.createDirectories(input);
            generate(input, actors, ties);
        }
        System.out.printf("input: %,d actors and %,d ties (%,d bytes); load average %s%n", actors, ties,
                Files.size(input.resolve("nodes.csv")) + Files.size(input.resolve("ties.csv")), loadAverage());
        // Each import in a fresh JVM of the same heap: none profits from code another made hot.
        for (String mode : modes.split(",")) {
            child(root, ties, actors, "child:" + mode);
            System.out.printf("(load average after %s: %s)%n", mode, loadAverage());
        }
    }

    private static void child(Path root, long ties, int actors, String which) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The heap and collector options of this JVM (e.g. -Xmx512m -XX:+UseParallelGC), for both imports alike.
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:+Use")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportBenchmark.class.getName(), root.toString(),
                String.valueOf(ties), String.valueOf(actors), which));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(which + " benchmark exited with " + exit);
        }
    }

    /** {@code kaonet import} end to end (store start, validation, writing, stop), into a new store or one holding an actor. */
    private static void kaonet(Path root, Path input, long records, boolean incremental) throws IOException {
        Path store = fresh(root.resolve(incremental ? "kaonet-incremental-store" : "kaonet-first-load-store"));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        if (incremental) {
            Path seed = Files.createDirectories(root.resolve("seed"));
            Files.writeString(seed.resolve("nodes.csv"), "id:ID,name,kind,:LABEL\nseed,Seed,COMPANY,Actor\n");
            io.kaonet.api.KaonetCommandLine.run(new String[] {"import", "--format=neo4j-admin", "--dir=" + seed,
                    "--data-dir=" + store}, quiet, quiet);
        }
        long start = System.nanoTime();
        long cpuStart = processCpu();
        int code = io.kaonet.api.KaonetCommandLine.run(new String[] {
                "import", "--format=neo4j-admin", "--dir=" + input, "--data-dir=" + store, "--batch=10000"}, System.out, quiet);
        double kaonet = (System.nanoTime() - start) / 1e9;
        double kaonetCpu = (processCpu() - cpuStart) / 1e9;
        System.out.printf("kaonet import (%s): exit %d, %.1f s (CPU %.1f s), %,.0f records/s, peak heap %,d MiB of %,d MiB%n",
                incremental ? "incremental, transactional" : "first load", code, kaonet, kaonetCpu, records / kaonet,
                peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Neo4j's {@code neo4j-admin database import full} of the same files, in process, into a new home. */
    private static void neo4jAdmin(Path root, Path input, long records) throws IOException {
        Path home = fresh(root.resolve("neo4j-admin-store"));
        Path conf = Files.createDirectories(home.resolve("conf"));
        long start = System.nanoTime();
        long cpuStart = processCpu();
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        int code = new picocli.CommandLine(new org.neo4j.importer.ImportCommand.Full(
                new org.neo4j.cli.ExecutionContext(home, conf, quiet, System.err, new org.neo4j.io.fs.DefaultFileSystemAbstraction())))
                .execute("neo4j", "--nodes=" + input.resolve("nodes.csv"), "--relationships=" + input.resolve("ties.csv"));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nneo4j-admin database import full: exit %d, %.1f s (CPU %.1f s), %,.0f records/s%n", code, seconds,
                (processCpu() - cpuStart) / 1e9, records / seconds);
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Neo4j's own LOAD CSV of the same rows: timed while loading, and from store start to stop like the Kaonet import. */
    private static void loadCsv(Path root, Path input, long records) throws IOException {
        long whole = System.nanoTime();
        long wholeCpu = processCpu();
        Path store = fresh(root.resolve("load-csv-store"));
        Path importDir = Files.createDirectories(store.resolve("import"));
        Files.copy(input.resolve("nodes.csv"), importDir.resolve("nodes.csv"));
        Files.copy(input.resolve("ties.csv"), importDir.resolve("ties.csv"));
        try (Neo4jConnection connection = Neo4jConnection.open(Neo4jSettings.embedded(store, 0, null))) {
            GraphSchema.install(connection);
            long start = System.nanoTime();
            long cpuStart = processCpu();
            try (var session = connection.driver().session(connection.sessionConfig())) {
                session.run("""
                        LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
                        CALL { WITH row
                          MERGE (a:Actor {id: row.`id:ID`}) SET a.name = row.name, a.kind = row.kind, a:Company
                        } IN TRANSACTIONS OF 10000 ROWS""").consume();
                for (String kind : new String[] {"JOINT_RESEARCH", "SUPPLY"}) {
                    session.run("""
                            LOAD CSV WITH HEADERS FROM 'file:///ties.csv' AS row
                            CALL { WITH row
                              WITH row WHERE row.`:TYPE` = $kind
                              MATCH (a:Actor {id: row.`:START_ID`}), (b:Actor {id: row.`:END_ID`})
                              MERGE (a)-[r:%s {key: row.`tieId`}]->(b)
                              SET r.since = date(row.`since:date`), r.weight = toFloat(row.`weight:double`)
                            } IN TRANSACTIONS OF 10000 ROWS""".formatted(kind), Map.of("kind", kind)).consume();
                }
                long stored = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
                double load = (System.nanoTime() - start) / 1e9;
                System.out.printf("LOAD CSV: %,d relationships, %.1f s (CPU %.1f s), %,.0f records/s%n", stored, load,
                        (processCpu() - cpuStart) / 1e9, records / load);
            }
        }
        double all = (System.nanoTime() - whole) / 1e9;
        System.out.printf("LOAD CSV end to end (store start to stop): %.1f s (CPU %.1f s), %,.0f records/s%n", all,
                (processCpu() - wholeCpu) / 1e9, records / all);
    }

    /** Random ties between random actors (explicit tie ids, so no two rows merge), two kinds, dates over 20 years. */
    static void generate(Path folder, int actors, long ties) throws IOException {
        Random random = new Random(2001);
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("nodes.csv"))) {
            w.write("id:ID,name,kind,:LABEL\n");
            for (int i = 0; i < actors; i++) {
                w.write("b" + i + ",Firm " + i + ",COMPANY,Actor\n");
            }
        }
        LocalDate base = LocalDate.of(2001, 4, 1);
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("ties.csv"))) {
            w.write(":START_ID,:END_ID,:TYPE,tieId,since:date,weight:double\n");
            for (long i = 0; i < ties; i++) {
                int u = random.nextInt(actors);
                int v = (u + 1 + random.nextInt(actors - 1)) % actors;
                w.write("b" + u + ",b" + v + "," + (random.nextBoolean() ? "JOINT_RESEARCH" : "SUPPLY") + ",t" + i + ","
                        + base.plusDays(random.nextInt(7300)) + "," + (1 + random.nextInt(5)) + "\n");
            }
        }
    }

    /** CPU time of this process (every thread: Kaonet, the embedded Neo4j, the garbage collector), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
