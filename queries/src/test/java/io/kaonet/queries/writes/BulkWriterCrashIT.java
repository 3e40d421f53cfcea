package io.kaonet.queries.writes;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of a bulk import: a separate JVM imports into an embedded Neo4j folder and is killed
 * with SIGKILL in the middle; the reopened store holds exactly the batches its manifest counts,
 * each whole, and running the import again completes it without duplicates.
 *
 * <p>This test needs its own store (the killed process's folder), so it opens a second embedded
 * Neo4j rather than {@link io.kaonet.queries.TestDatabase}'s.
 */
class BulkWriterCrashIT {

    /** The child is killed once this many batches are committed (the actors and two tie batches). */
    private static final int KILL_AFTER = 3;

    @Test
    void killedImportLeavesWholeBatchesAndASecondRunCompletesItWithoutDuplicates(@TempDir Path dir) throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        int seen = runAndKill(store);
        assertThat(seen).as("batches the child reported before it was killed").isGreaterThanOrEqualTo(KILL_AFTER);

        try (Neo4jConnection connection = Neo4jConnection.open(Neo4jSettings.embedded(store, 0, null))) {
            BulkWriter writer = new BulkWriter(connection);
            long committed = writer.committedBatches(CrashingImport.IMPORT_ID);
            Map<Integer, Long> tiesPerBatch = tiesPerBatch(connection);

            assertThat(committed).isBetween((long) seen, (long) CrashingImport.TIE_BATCHES);
            assertThat(actors(connection)).isEqualTo(CrashingImport.ACTORS);
            assertThat(tiesPerBatch.keySet()).as("tie batches present")
                    .containsExactlyInAnyOrderElementsOf(range(1, (int) committed - 1));
            assertThat(tiesPerBatch.values()).as("every present batch is whole")
                    .allMatch(n -> n == CrashingImport.TIES_PER_BATCH);

            BulkWriter.Run run = writer.start(CrashingImport.IMPORT_ID, CrashingImport.records(), null);
            for (NetworkBatch batch : CrashingImport.batches()) {
                run.accept(batch);
            }
            BulkResult result = run.finish();

            assertThat(result.batchesSkipped()).isEqualTo(committed);
            assertThat(result.batchesWritten()).isEqualTo(CrashingImport.TIE_BATCHES + 1 - committed);
            assertThat(writer.committedBatches(CrashingImport.IMPORT_ID)).isEqualTo(CrashingImport.TIE_BATCHES + 1);
            Map<Integer, Long> complete = tiesPerBatch(connection);
            assertThat(complete.keySet()).containsExactlyInAnyOrderElementsOf(range(1, CrashingImport.TIE_BATCHES));
            assertThat(complete.values()).allMatch(n -> n == CrashingImport.TIES_PER_BATCH);
            assertThat(actors(connection)).isEqualTo(CrashingImport.ACTORS);
        }
    }

    /** Starts the import in a separate JVM and kills it (SIGKILL) once {@link #KILL_AFTER} batches are committed. */
    private static int runAndKill(Path store) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, CrashingImport.class.getName(), store.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed < KILL_AFTER && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring("committed ".length()).strip());
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        return committed;
    }

    private static long actors(Neo4jConnection connection) {
        try (var session = connection.driver().session(connection.sessionConfig())) {
            return session.run("MATCH (a:Actor) WHERE a.id STARTS WITH 'crash-' RETURN count(a) AS n").single().get("n").asLong();
        }
    }

    /** Stored ties by the batch their id names ({@code t-BATCH-J}); a duplicate would add to a count. */
    private static Map<Integer, Long> tiesPerBatch(Neo4jConnection connection) {
        Map<Integer, Long> counts = new HashMap<>();
        try (var session = connection.driver().session(connection.sessionConfig())) {
            session.run("MATCH ()-[r:ALLIANCE]->() RETURN r.key AS key").forEachRemaining(r -> {
                String key = r.get("key").asString();
                counts.merge(Integer.parseInt(key.split("-")[1]), 1L, Long::sum);
            });
        }
        return counts;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }
}
