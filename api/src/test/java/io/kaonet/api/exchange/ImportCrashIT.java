package io.kaonet.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.KaonetApplication;
import io.kaonet.api.KaonetCommandLine;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.schema.GraphSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash at any moment leaves a usable store: the command-line import (and, for one moment in
 * eight, the server) runs in a separate JVM and is killed with SIGKILL at a seeded random moment of
 * one of eight phases. On a new store the import is a first load (Neo4j's batch importer creates
 * the store, then the schema and the manifest are made): store creation, first load, schema. On a
 * store that holds something (here the input's cluster, imported first) it is written batch by
 * batch: first batch, middle, last batch, manifest. And the server's start on a new store. After
 * each kill the import is run again on the same store, through the same command the user runs, and
 * must end with exit code 0, the schema whole and online, every count exact and no duplicate.
 *
 * <p>Each moment costs two Neo4j starts (the killed child's and the re-run's), 15 to 60 s on a
 * loaded 2-core machine, so CI runs {@value #MOMENTS_DEFAULT} moments (schema creation, store
 * creation after a first load, a first load, the middle of a batched import); all eight phases, 100 moments in all, run with {@code
 * -Dkaonet.crash.moments=100} (see {@code docs/operations.md}); {@code -Dkaonet.crash.seed=N}
 * chooses another sequence of moments.
 */
class ImportCrashIT {

    static final int MOMENTS_DEFAULT = 3;
    private static final int MOMENTS = Integer.getInteger("kaonet.crash.moments", MOMENTS_DEFAULT);
    private static final long SEED = Long.getLong("kaonet.crash.seed", 17L);

    private static final int ACTORS = 400;
    private static final int TIES = 800;
    private static final int BATCH = 200;
    /** Clusters, actors, ties and one membership per actor. */
    private static final int RECORDS = 1 + ACTORS + TIES + ACTORS;
    private static final Pattern PROGRESS = Pattern.compile("([\\d,]+) / [\\d,]+ records");

    /** Where in a run the kill falls. */
    enum Phase { SCHEMA, FIRST_LOAD, MIDDLE, SERVER_START, STORE_CREATION, FIRST_BATCH, LAST_BATCH, MANIFEST }

    /** Phases of the transactional path, which an import takes into a store that holds something. */
    private static final Set<Phase> TRANSACTIONAL = Set.of(Phase.FIRST_BATCH, Phase.MIDDLE, Phase.LAST_BATCH, Phase.MANIFEST);

    @TempDir
    Path temp;

    @Test
    void aKillAtAnyMomentLeavesAStoreThatTheNextRunCompletesExactly() throws Exception {
        Path input = input(temp.resolve("in"));
        Map<Phase, Integer> killed = new EnumMap<>(Phase.class);
        Map<Phase, Integer> finishedFirst = new EnumMap<>(Phase.class);
        List<String> repairs = new ArrayList<>();
        for (int moment = 0; moment < MOMENTS; moment++) {
            Random random = new Random(SEED * 1_000_003L + moment);
            Phase phase = Phase.values()[moment % Phase.values().length];
            Path store = temp.resolve("store-" + moment);
            if (TRANSACTIONAL.contains(phase)) {
                // A store holding the input's cluster already: the import is written batch by batch.
                assertThat(quietly(importArgs(seed(temp.resolve("seed")), store))).isZero();
            }
            boolean wasKilled = phase == Phase.SERVER_START ? killServer(store, random) : killImport(input, store, phase, random);
            (wasKilled ? killed : finishedFirst).merge(phase, 1, Integer::sum);

            String description = "moment " + moment + " (" + phase + ")";
            // The same command again, as a user runs it: it opens the store itself (or first-loads it).
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = KaonetCommandLine.run(importArgs(input, store), new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).as(description + " re-run: " + err.toString(StandardCharsets.UTF_8)).isZero();
            try (Neo4jConnection connection = Neo4jConnection.open(Neo4jSettings.embedded(store, 0, null))) {
                repairs.addAll(GraphSchema.install(connection));
                assertExactAndWhole(connection, description);
            }
        }
        System.out.printf("crash moments: %d, killed by phase %s, finished before the kill %s, schema repairs %d%n",
                MOMENTS, killed, finishedFirst, repairs.size());
        repairs.forEach(r -> System.out.println("  repaired: " + r));
        for (Phase phase : Phase.values()) {
            if (phase != Phase.MANIFEST && MOMENTS >= Phase.values().length) {
                assertThat(killed).as("the %s moments killed a running process", phase).containsKey(phase);
            }
        }
    }

    /** Runs the command-line import in a child JVM and kills it at a random moment of the phase; returns whether it was killed. */
    private boolean killImport(Path input, Path store, Phase phase, Random random) throws Exception {
        List<String> command = java(KaonetApplication.class.getName());
        command.addAll(List.of(importArgs(input, store)));
        Child child = Child.start(command);
        long delay = switch (phase) {
            case STORE_CREATION -> random.nextInt(300);
            case FIRST_LOAD -> 300 + random.nextInt(2_700);
            case SCHEMA -> random.nextInt(1_000);
            case FIRST_BATCH, MIDDLE, LAST_BATCH -> random.nextInt(120);
            default -> random.nextInt(40);
        };
        Predicate<String> trigger = switch (phase) {
            case STORE_CREATION, FIRST_LOAD -> s -> s.contains("records valid");
            case SCHEMA -> s -> s.contains("Embedded Neo4j started");
            case FIRST_BATCH -> s -> s.contains("records valid");
            case MIDDLE -> s -> done(s) >= RECORDS / 2;
            case LAST_BATCH -> s -> done(s) >= RECORDS - BATCH;
            default -> s -> done(s) >= RECORDS;
        };
        return child.killAfter(trigger, delay, null);
    }

    /** Starts the server in a child JVM on the store and kills it at a random moment of its start. */
    private boolean killServer(Path store, Random random) throws Exception {
        List<String> command = java(KaonetApplication.class.getName());
        command.addAll(List.of("--kaonet.neo4j.data-directory=" + store, "--kaonet.neo4j.bolt-port=0",
                "--kaonet.demo.enabled=false", "--server.port=0", "--kaonet.security.generate-admin-token=false"));
        Child child = Child.start(command);
        return child.killAfter(s -> s.contains("Embedded Neo4j started"), random.nextInt(2_500), null);
    }

    private static long done(String progress) {
        Matcher m = PROGRESS.matcher(progress);
        long last = -1;
        while (m.find()) {
            last = Long.parseLong(m.group(1).replace(",", ""));
        }
        return last;
    }

    private static String[] importArgs(Path input, Path store) {
        return new String[] {"import", "--format=kaonet-csv", "--dir=" + input, "--batch=" + BATCH, "--data-dir=" + store};
    }

    private static List<String> java(String mainClass) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath, mainClass));
    }

    private static int quietly(String[] args) {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        return KaonetCommandLine.run(args, none, none);
    }

    /** The input's cluster alone. */
    private static Path seed(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("clusters.csv"), "id,name\ncrash-c,Crash cluster\n");
        return dir;
    }

    private static void assertExactAndWhole(Neo4jConnection connection, String description) {
        try (var session = connection.driver().session(connection.sessionConfig())) {
            Map<String, Long> n = session.run("""
                    RETURN COUNT { (a:Actor) } AS actors, COUNT { MATCH (a:Actor) RETURN DISTINCT a.id } AS actorIds,
                           COUNT { (c:Cluster) } AS clusters,
                           COUNT { ()-[r:ALLIANCE]->() } AS ties, COUNT { MATCH ()-[r:ALLIANCE]->() RETURN DISTINCT r.key } AS tieKeys,
                           COUNT { ()-[m:MEMBER_OF]->() } AS memberships,
                           COUNT { MATCH ()-[m:MEMBER_OF]->() RETURN DISTINCT m.key } AS membershipKeys,
                           COUNT { ()-[r]->() WHERE NOT type(r) IN ['ALLIANCE', 'MEMBER_OF'] } AS others
                    """).single().asMap(v -> v.asLong());
            assertThat(n).as(description).containsAllEntriesOf(Map.of("actors", (long) ACTORS, "actorIds", (long) ACTORS,
                    "clusters", 1L, "ties", (long) TIES, "tieKeys", (long) TIES, "memberships", (long) ACTORS,
                    "membershipKeys", (long) ACTORS, "others", 0L));
            Set<String> constraints = session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString())
                    .stream().collect(Collectors.toSet());
            assertThat(constraints).as(description).containsAll(GraphSchema.constraintNames());
            List<String> notOnline = session.run("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name")
                    .list(r -> r.get("name").asString());
            assertThat(notOnline).as(description + ": indexes not online").isEmpty();
        }
    }

    /** A seeded Kaonet CSV network: one cluster, {@value #ACTORS} actors all members, {@value #TIES} distinct ties. */
    private static Path input(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(7);
        StringBuilder actors = new StringBuilder("id,name,kind,industry,city\n");
        StringBuilder memberships = new StringBuilder("actor,cluster\n");
        for (int i = 0; i < ACTORS; i++) {
            actors.append("crash-a").append(i).append(",Firm ").append(i).append(",COMPANY,I").append(i % 7)
                    .append(",City ").append(i % 5).append('\n');
            memberships.append("crash-a").append(i).append(",crash-c\n");
        }
        StringBuilder ties = new StringBuilder("id,source,target,kind\n");
        for (int j = 0; j < TIES; j++) {
            int u = random.nextInt(ACTORS);
            int v = (u + 1 + random.nextInt(ACTORS - 1)) % ACTORS;
            ties.append("crash-t").append(j).append(",crash-a").append(u).append(",crash-a").append(v).append(",ALLIANCE\n");
        }
        Files.writeString(dir.resolve("clusters.csv"), "id,name\ncrash-c,Crash cluster\n");
        Files.writeString(dir.resolve("actors.csv"), actors);
        Files.writeString(dir.resolve("ties.csv"), ties);
        Files.writeString(dir.resolve("memberships.csv"), memberships);
        return dir;
    }

    /** A child JVM whose merged output is read as it comes (progress lines end in a carriage return). */
    private record Child(Process process, StringBuffer output, long started) {

        static Child start(List<String> command) throws IOException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Child child = new Child(process, new StringBuffer(), System.nanoTime());
            Thread reader = new Thread(() -> child.read(process.getInputStream()), "crash-child-output");
            reader.setDaemon(true);
            reader.start();
            return child;
        }

        private void read(InputStream in) {
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Waits until the trigger holds for the output so far, then {@code delay} ms more (or until
         * {@code early} holds, if given), and kills the process with SIGKILL unless it has ended.
         *
         * @return whether the process was still running when killed
         */
        boolean killAfter(Predicate<String> trigger, long delay, Predicate<String> early) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!trigger.test(output.toString()) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
            while (System.nanoTime() < killAt && process.isAlive() && (early == null || !early.test(output.toString()))) {
                Thread.sleep(1);
            }
            boolean alive = process.isAlive();
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            if (!alive) {
                assertThat(process.exitValue()).as("a child that ended before its kill succeeded: " + output).isZero();
            }
            return alive;
        }
    }
}
