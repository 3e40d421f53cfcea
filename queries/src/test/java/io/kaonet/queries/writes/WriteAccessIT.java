package io.kaonet.queries.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.TestDatabase;
import io.kaonet.queries.bulk.StoreDump;
import io.kaonet.queries.connection.Neo4jConnection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.spatial.Point;

/**
 * The writers' two ways to the embedded store, the driver and Neo4j's Java API in process: the same
 * sequence of imports (a batched import with its manifest, changes, a repeat that changes nothing, a
 * deletion) gives the same canonical dump, change log and write summaries through both; a refused
 * write through the Java API leaves the store as it was; the Java API stores values as a Bolt
 * parameter would be stored.
 */
class WriteAccessIT {

    private final Neo4jConnection connection = TestDatabase.connection();

    /** Every case compares whole-store dumps, so none may start with what another test class left. */
    @BeforeEach
    @AfterEach
    void clear() {
        TestDatabase.clear();
    }

    @Test
    void writersOfTheEmbeddedDatabaseUseTheJavaApi() {
        assertThat(new NetworkWriter(connection).access()).isEqualTo(WriteAccess.JAVA_API);
        assertThat(new BulkWriter(connection).access()).isEqualTo(WriteAccess.JAVA_API);
        assertThat(new NetworkWriter(connection, WriteAccess.DRIVER).access()).isEqualTo(WriteAccess.DRIVER);
    }

    @Test
    void theSameImportsThroughTheDriverAndTheJavaApiGiveTheSameStore() {
        for (long seed : new long[] {20010401}) {
            List<String> driver = importsThrough(WriteAccess.DRIVER, seed);
            TestDatabase.clear();
            List<String> javaApi = importsThrough(WriteAccess.JAVA_API, seed);
            TestDatabase.clear();

            assertThat(javaApi).hasSizeGreaterThan(300).isEqualTo(driver);
        }
    }

    @Test
    void aRefusedWriteThroughTheJavaApiLeavesTheStoreAsItWas() {
        NetworkWriter writer = new NetworkWriter(connection, WriteAccess.JAVA_API);
        writer.write(revision(new Random(3), 0), new ImportLog.Source("KAONET_CSV", List.of("first.csv"), "test"));
        List<String> before = StoreDump.of(connection);
        // New records of every kind first, then a tie to an actor neither in the batch nor stored: the
        // statements before the check have run inside the transaction, and must all be rolled back.
        NetworkBatch refused = new NetworkBatch(
                List.of(Actor.of("new-1", "New One", ActorKind.COMPANY), Actor.of("a1", "Renamed", ActorKind.COMPANY)),
                List.of(new Tie(null, "new-1", "nobody", TieKind.SUPPLY, null, null, 1, "ties.csv:9")),
                List.of(new Cluster("NEW", "New Cluster", null, null, null, null)),
                List.of(new Membership("new-1", "NEW", null, null)),
                List.of(new Activity("new-p", "New Project", ActivityKind.JOINT_RD_PROJECT, null, null, null, null)),
                List.of(new Participation("new-p", "new-1", null, null)));

        assertThatThrownBy(() -> writer.write(refused, new ImportLog.Source("KAONET_CSV", List.of("bad.csv"), "test")))
                .isInstanceOf(DanglingReferenceException.class).hasMessageContaining("nobody").hasMessageContaining("ties.csv:9");
        assertThat(StoreDump.of(connection)).isEqualTo(before);
    }

    @Test
    void aBatchedImportStoppedByARefusedBatchKeepsTheBatchesBeforeItThroughTheJavaApi() {
        BulkWriter bulk = new BulkWriter(connection, WriteAccess.JAVA_API);
        List<NetworkBatch> batches = batches(revision(new Random(5), 0));
        try (BulkWriter.Run run = bulk.start("first-half", 0, null)) {
            run.accept(batches.get(0));
            run.finish();
        }
        List<String> afterFirst = StoreDump.of(connection).stream().map(l -> l.replace("first-half", "import")).toList();
        TestDatabase.clear();
        NetworkBatch dangling = new NetworkBatch(List.of(), List.of(new Tie(null, "a1", "nobody", TieKind.SUPPLY, null, null,
                1, "ties.csv:7")), List.of(), List.of(), List.of(), List.of());

        try (BulkWriter.Run run = bulk.start("import", 0, null)) {
            run.accept(batches.get(0));
            run.accept(dangling);
            assertThatThrownBy(run::finish).isInstanceOf(DanglingReferenceException.class).hasMessageContaining("nobody");
        }
        assertThat(bulk.committedBatches("import")).isEqualTo(1);
        assertThat(StoreDump.of(connection)).isEqualTo(afterFirst);
    }

    @Test
    void theJavaApiStoresValuesAsABoltParameterWouldBeStored() {
        new NetworkWriter(connection, WriteAccess.JAVA_API).write(revision(new Random(11), 0));

        try (Transaction tx = connection.embeddedDatabase().orElseThrow().beginTx()) {
            Node full = tx.findNodes(Label.label("Actor")).stream().filter(n -> n.hasProperty("founded")).findFirst()
                    .orElseThrow();
            assertThat(full.getProperty("founded")).isInstanceOf(Long.class);
            assertThat(full.getProperty("employees")).isInstanceOf(Long.class);
            assertThat(full.getProperty("technologies")).isInstanceOf(String[].class);
            assertThat(full.getProperty("location")).isInstanceOf(Point.class);
            assertThat(((Point) full.getProperty("location")).getCRS().getCode()).isEqualTo(4326);
        }
        Map<String, Object> unchanged = new HashMap<>(Map.of("s", "x", "l", 1L, "d", 2.5, "list", List.of("a", 3L)));
        assertThat(EmbeddedStatements.javaApi(unchanged)).isSameAs(unchanged);
        assertThat(EmbeddedStatements.javaApi(Map.of("rows", List.of(Map.of("n", 1, "f", 1.5f, "set", Set.of((short) 2))))))
                .isEqualTo(Map.of("rows", List.of(Map.of("n", 1L, "f", 1.5d, "set", List.of(2L)))));
    }

    /**
     * Through one access: a batched import of the first revision, then the second revision (changed
     * and cleared properties, new ties) written whole twice, then a deletion; the store's dump, each
     * version's touched actors from the change log, and every summary.
     */
    private List<String> importsThrough(WriteAccess access, long seed) {
        BulkWriter bulk = new BulkWriter(connection, access);
        NetworkWriter writer = new NetworkWriter(connection, access);
        List<String> lines = new ArrayList<>();
        try (BulkWriter.Run run = bulk.start("import-" + seed, 0, null,
                new ImportLog.Source("NEO4J_ADMIN", List.of("input/nodes.csv", "input/ties.csv"), "test"))) {
            batches(revision(new Random(seed), 0)).forEach(run);
            BulkResult result = run.finish();
            lines.add("bulk " + result.batchesWritten() + " " + result.records() + " " + result.changed() + " "
                    + result.dataVersion());
        }
        NetworkBatch second = revision(new Random(seed), 1);
        WriteSummary changed = writer.write(second);
        WriteSummary repeated = writer.write(second);
        assertThat(changed.changed()).isPositive();
        assertThat(repeated.changed()).isZero();
        assertThat(repeated.dataVersion()).isEqualTo(changed.dataVersion());
        lines.add("changed " + changed);
        lines.add("repeated " + repeated);
        lines.add("deleted " + writer.deleteActors(List.of("a3", "a4", "missing")));
        lines.addAll(StoreDump.of(connection));
        try (var session = connection.driver().session(connection.sessionConfig())) {
            session.executeRead(tx -> {
                long version = DataVersion.current(tx);
                for (long v = 1; v <= version; v++) {
                    lines.add("touched by " + v + ": "
                            + ChangeLog.touched(tx, v - 1, v).map(TreeSet::new).map(Object::toString).orElse("unknown"));
                }
                return null;
            });
        }
        return lines;
    }

    /** The records in batches of about 50, ties after the actors they join (as the importers emit them). */
    private static List<NetworkBatch> batches(NetworkBatch all) {
        List<NetworkBatch> batches = new ArrayList<>();
        batches.add(new NetworkBatch(all.actors(), List.of(), all.clusters(), List.of(), all.activities(), List.of()));
        for (int from = 0; from < all.ties().size(); from += 50) {
            batches.add(new NetworkBatch(List.of(), all.ties().subList(from, Math.min(all.ties().size(), from + 50)),
                    List.of(), List.of(), List.of(), List.of()));
        }
        batches.add(new NetworkBatch(List.of(), List.of(), List.of(), all.memberships(), List.of(), all.participations()));
        return batches;
    }

    /**
     * A seeded network of every kind of record and property (points, whole numbers, lists, dates,
     * nulls); revision 1 changes a third of the actors and ties, clears some values and adds ties.
     */
    private static NetworkBatch revision(Random random, int revision) {
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ActorKind kind = ActorKind.values()[i % ActorKind.values().length];
            boolean full = random.nextBoolean();
            boolean changed = revision == 1 && i % 3 == 0;
            actors.add(new Actor("a" + i, (changed ? "Renamed " : "Actor ") + i, kind, full ? "machinery" : null,
                    full ? "Tokyo" : null, full ? "Hachioji" : null, full && !changed ? "JP" : null,
                    full ? new GeoLocation(35 + random.nextDouble(), 139 + random.nextDouble()) : null,
                    full ? 1950 + random.nextInt(60) : null, full ? random.nextInt(500) : null,
                    full ? random.nextBoolean() : null, full ? List.of("laser", "MEMS") : List.of(),
                    full ? List.of("prototyping") : List.of(), List.of(), full ? List.of("Hachiouji") : List.of()));
        }
        List<TieKind> kinds = List.of(TieKind.values()).stream().filter(TieKind::storable).toList();
        List<Tie> ties = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int t = 0; t < 150 + 30 * revision; t++) {
            int u = random.nextInt(actors.size());
            int v = (u + 1 + random.nextInt(actors.size() - 1)) % actors.size();
            TieKind kind = kinds.get(random.nextInt(kinds.size()));
            LocalDate since = random.nextBoolean() ? LocalDate.of(2000, 1, 1).plusDays(random.nextInt(7000)) : null;
            int weight = 1 + random.nextInt(4) + (revision == 1 && t % 3 == 0 ? 10 : 0);
            Tie tie = new Tie("t" + t, "a" + u, "a" + v, kind, since, since != null && random.nextBoolean()
                    ? since.plusDays(400) : null, weight, "ties.csv:" + (t + 2));
            if (keys.add(tie.key())) {
                ties.add(tie);
            }
        }
        List<Cluster> clusters = List.of(
                new Cluster("TAMA", "TAMA Association", "Kanto", "JP", ClusterType.METROPOLITAN, revision == 1 ? null : "Tama"),
                new Cluster("KOBE", "Kobe Medical", null, null, null, null));
        List<Activity> activities = List.of(
                new Activity("p1", "Project 1", ActivityKind.JOINT_RD_PROJECT, LocalDate.of(2003, 4, 1),
                        LocalDate.of(2005, 3, 31), "H2020", revision == 1 ? "IA" : "RIA"),
                new Activity("p2", "Seminar", ActivityKind.SEMINAR, null, null, null, null));
        List<Membership> memberships = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        for (int m = 0; m < 30; m++) {
            memberships.add(new Membership("a" + m, m % 2 == 0 ? "TAMA" : "KOBE",
                    m % 3 == 0 ? null : LocalDate.of(2001 + revision, 4, 1), null));
            participations.add(new Participation(m % 2 == 0 ? "p1" : "p2", "a" + m, m % 4 == 0 ? null : "participant",
                    m % 5 == 0 ? null : 1000.5 * m + revision));
        }
        return new NetworkBatch(actors, ties, clusters, memberships, activities, participations);
    }
}
