package io.kaonet.queries.bulk;

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
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.BulkResult;
import io.kaonet.queries.writes.BulkWriter;
import io.kaonet.queries.writes.DanglingReferenceException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first load through Neo4j's batch importer against the transactional path, each into an
 * embedded store of its own: the same seeded chunks give the same canonical dump (nodes, labels,
 * properties, content hashes, relationships, constraints, indexes, manifest, data version); a
 * dangling end or a failing source keeps nothing; which stores a first load applies to.
 */
class FirstLoadIT {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    static Path temp;
    static List<NetworkBatch> chunks;
    static List<String> transactional;

    @BeforeAll
    static void transactionalReference() {
        chunks = network(new Random(20010401), 3);
        try (Neo4jConnection store = Neo4jConnection.open(settings("transactional"))) {
            GraphSchema.install(store);
            BulkWriter writer = new BulkWriter(store);
            try (BulkWriter.Run run = writer.start("import-1", records(), null)) {
                chunks.forEach(run);
                run.finish();
            }
            transactional = StoreDump.of(store);
        }
    }

    @Test
    void aNewStoreLoadedInBulkHoldsExactlyWhatTheTransactionalPathWrites() {
        Neo4jSettings settings = settings("bulk-new");
        assertThat(FirstLoad.newStore(settings)).isTrue();

        List<Integer> handedPerPass = new ArrayList<>();
        BulkResult result = new FirstLoad(settings).load("import-1", records(), sink -> {
            handedPerPass.add(0);
            for (NetworkBatch chunk : chunks) {
                handedPerPass.set(handedPerPass.size() - 1, handedPerPass.get(handedPerPass.size() - 1) + 1);
                sink.accept(chunk);
            }
            return chunks.size();
        }, QUIET);

        assertThat(handedPerPass).as("one pass of the input feeds both the nodes and the relationships").containsExactly(3);
        assertThat(result.batchesWritten()).isEqualTo(chunks.size());
        assertThat(result.records()).isEqualTo(records());
        assertThat(dump(settings)).containsExactlyElementsOf(transactional);
        assertThat(transactional)
                .as("the reference holds what the chunks hold, so equal dumps mean something")
                .filteredOn(l -> l.startsWith("node ") && l.contains("Actor")).hasSize(countOf(b -> b.actors().size()));
        assertThat(transactional).filteredOn(l -> l.startsWith("relationship "))
                .hasSize(countOf(b -> b.ties().size() + b.memberships().size() + b.participations().size()));
        assertThat(transactional).anyMatch(l -> l.startsWith("node KaonetImport ") && l.contains("batches=INTEGER:3"));
        assertThat(transactional).anyMatch(l -> l.startsWith("node KaonetMeta ") && l.contains("version=INTEGER:3"));
        assertThat(transactional).anyMatch(l -> l.startsWith("constraint ") && l.contains("tie_key_supply"));
        assertThat(transactional).as("city spellings are stored, one and two of them")
                .anyMatch(l -> l.contains("citySpellings=") && l.contains(":[\"HACHIOJI\"]"))
                .anyMatch(l -> l.contains("citySpellings=") && l.contains(":[\"HACHIOJI\", \"Hachiōji\"]"));
        assertThat(FirstLoad.newStore(settings)).as("no longer new: later imports are transactional").isFalse();
    }

    @Test
    void definitionsSpreadOverSeveralChunksGetTheirOwnNodesAndEveryReferenceFindsThem() {
        Neo4jSettings settings = settings("bulk-spread");
        NetworkBatch first = chunks.get(0);
        int half = first.actors().size() / 2;
        // The first chunk's definitions in two chunks of their own (clusters and the first actors, the other actors
        // and the activities), then its references: node ids run on across chunks, and ends resolve in any of them.
        List<NetworkBatch> spread = new ArrayList<>(List.of(
                new NetworkBatch(first.actors().subList(0, half), List.of(), first.clusters(), List.of(), List.of(), List.of()),
                new NetworkBatch(first.actors().subList(half, first.actors().size()), List.of(), List.of(), List.of(),
                        first.activities(), List.of()),
                new NetworkBatch(List.of(), first.ties(), List.of(), first.memberships(), List.of(), first.participations())));
        spread.addAll(chunks.subList(1, chunks.size()));

        new FirstLoad(settings).load("import-1", records(), sink -> {
            spread.forEach(sink);
            return chunks.size();
        }, QUIET);

        assertThat(dump(settings)).containsExactlyElementsOf(transactional);
    }

    @Test
    void anExistingEmptyStoreIsLoadedInBulkToo() {
        Neo4jSettings settings = settings("bulk-existing-empty");
        try (Neo4jConnection store = Neo4jConnection.open(settings)) {
            GraphSchema.install(store);
            assertThat(FirstLoad.emptyStore(store)).isTrue();
        }
        assertThat(FirstLoad.newStore(settings)).isFalse();

        new FirstLoad(settings).load("import-1", records(), this::emit, QUIET);

        try (Neo4jConnection store = Neo4jConnection.open(settings)) {
            assertThat(StoreDump.of(store)).containsExactlyElementsOf(transactional);
            assertThat(FirstLoad.emptyStore(store)).as("loaded: later imports are transactional").isFalse();
        }
    }

    @Test
    void aDanglingEndIsNamedAndNothingIsKept() {
        Neo4jSettings settings = settings("bulk-dangling");
        List<NetworkBatch> bad = new ArrayList<>(chunks);
        bad.add(new NetworkBatch(List.of(), List.of(new Tie("t-x", "a0", "nobody", TieKind.SUPPLY, null, null, 1,
                "ties.csv:99")), List.of(), List.of(), List.of(), List.of()));

        assertThatThrownBy(() -> new FirstLoad(settings).load("import-bad", records() + 1, sink -> {
            bad.forEach(sink);
            return bad.size();
        }, QUIET)).isInstanceOf(DanglingReferenceException.class).hasMessageContaining("Actor 'nobody' does not exist");

        assertThat(FirstLoad.newStore(settings)).as("nothing kept: still a store for a first load").isTrue();
        assertThat(new FirstLoad(settings).interrupted()).isFalse();
    }

    @Test
    void aSourceFailingAfterItsFirstReferencesIsRethrownAndNothingIsKept() {
        Neo4jSettings settings = settings("bulk-failing");
        IllegalStateException changed = new IllegalStateException("ties.csv changed since it was checked");

        assertThatThrownBy(() -> new FirstLoad(settings).load("import-1", records(), sink -> {
            sink.accept(chunks.get(0));
            sink.accept(chunks.get(1));
            throw changed;
        }, QUIET)).isSameAs(changed);

        assertThat(FirstLoad.newStore(settings)).isTrue();
        assertThat(new FirstLoad(settings).interrupted()).isFalse();
    }

    @Test
    void aStoreLeftByAnInterruptedFirstLoadIsLoadedAgainFromNothing() throws Exception {
        Neo4jSettings settings = settings("bulk-interrupted");
        FirstLoad load = new FirstLoad(settings);
        // What a killed load leaves: its marker and part of a store that cannot be opened.
        Path half = Files.createDirectories(settings.dataDirectory().resolve("data/databases/neo4j"));
        Files.writeString(half.resolve("neostore.nodestore.db"), "half written");
        Files.writeString(settings.dataDirectory().resolve("kaonet-first-load.incomplete"), "import-1");
        assertThat(load.interrupted()).isTrue();
        assertThat(FirstLoad.newStore(settings)).isTrue();

        load.load("import-1", records(), this::emit, QUIET);

        assertThat(load.interrupted()).isFalse();
        assertThat(dump(settings)).containsExactlyElementsOf(transactional);
    }

    @Test
    void aDefinitionAfterReferencesIsRefusedAndNothingIsKept() {
        Neo4jSettings settings = settings("bulk-late-definition");
        List<NetworkBatch> late = new ArrayList<>(chunks);
        late.add(new NetworkBatch(List.of(new Actor("late", "Late", ActorKind.COMPANY, null, null, null, null, null, null,
                null, null, List.of(), List.of(), List.of())), List.of(), List.of(), List.of(), List.of(), List.of()));

        assertThatThrownBy(() -> new FirstLoad(settings).load("import-late", records() + 1, sink -> {
            late.forEach(sink);
            return late.size();
        }, QUIET)).isInstanceOf(IllegalStateException.class).hasMessageContaining("a first load needs every definition first");

        assertThat(FirstLoad.newStore(settings)).isTrue();
    }

    @Test
    void anExternalServerNeverTakesAFirstLoad() {
        Neo4jSettings external = Neo4jSettings.external("neo4j://localhost:7687", "neo4j", "secret", null);
        assertThat(FirstLoad.newStore(external)).isFalse();
        assertThatThrownBy(() -> new FirstLoad(external)).isInstanceOf(IllegalArgumentException.class);
    }

    private long emit(java.util.function.Consumer<NetworkBatch> sink) {
        chunks.forEach(sink);
        return chunks.size();
    }

    private static long records() {
        return chunks.stream().mapToLong(NetworkBatch::size).sum();
    }

    private static int countOf(java.util.function.ToIntFunction<NetworkBatch> count) {
        return chunks.stream().mapToInt(count).sum();
    }

    private static Neo4jSettings settings(String name) {
        return Neo4jSettings.embedded(temp.resolve(name), 0, null);
    }

    private static List<String> dump(Neo4jSettings settings) {
        try (Neo4jConnection store = Neo4jConnection.open(settings)) {
            return StoreDump.of(store);
        }
    }

    /**
     * Seeded chunks of every kind of record, with every property present and absent: clusters and
     * activities, actors of every kind (some with a location, keyword lists and city spellings), ties of every
     * storable kind with and without id and dates (undirected ones in both orders), memberships and
     * participations. The first chunk defines everything (and refers already), the later ones refer.
     */
    /** The provenance of a city: none, one replaced spelling, two. */
    private static final List<List<String>> SPELLINGS = List.of(List.of(), List.of("HACHIOJI"), List.of("HACHIOJI", "Hachiōji"));

    static List<NetworkBatch> network(Random random, int chunkCount) {
        List<NetworkBatch> batches = new ArrayList<>();
        List<Cluster> clusters = List.of(
                new Cluster("TAMA", "TAMA Association", "Kanto", "JP", ClusterType.METROPOLITAN, "Tama \"artery\""),
                new Cluster("KOBE", "Kobe Medical", null, null, null, null));
        List<Activity> activities = List.of(
                new Activity("p1", "Project 1", ActivityKind.JOINT_RD_PROJECT, LocalDate.of(2003, 4, 1),
                        LocalDate.of(2005, 3, 31), "H2020", "RIA"),
                new Activity("p2", "Seminar", ActivityKind.SEMINAR, null, null, null, null));
        int actorsPerChunk = 120;
        int defined = 0;
        // Ties without id that share a key (kind, ends, since) are left out, as validation refuses them.
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int c = 0; c < chunkCount; c++) {
            List<Actor> actors = new ArrayList<>();
            int define = c == 0 ? actorsPerChunk : 0;
            for (int i = defined; i < defined + define; i++) {
                ActorKind kind = ActorKind.values()[i % ActorKind.values().length];
                boolean full = random.nextBoolean();
                actors.add(new Actor("a" + i, "Actor " + i, kind, full ? "machinery" : null, full ? "Tokyo" : null,
                        full ? "Hachioji" : null, full ? "JP" : null,
                        full ? new GeoLocation(35 + random.nextDouble(), 139 + random.nextDouble()) : null,
                        full ? 1950 + random.nextInt(60) : null, full ? random.nextInt(500) : null,
                        full ? random.nextBoolean() : null, full ? List.of("laser", "MEMS") : List.of(),
                        full ? List.of("prototyping") : List.of(), List.of(),
                        full ? SPELLINGS.get(i % SPELLINGS.size()) : List.of()));
            }
            defined += define;
            List<Tie> ties = new ArrayList<>();
            List<TieKind> kinds = List.of(TieKind.values()).stream().filter(TieKind::storable).toList();
            for (int t = 0; t < 120; t++) {
                int u = random.nextInt(defined);
                int v = (u + 1 + random.nextInt(defined - 1)) % defined;
                TieKind kind = kinds.get(random.nextInt(kinds.size()));
                boolean withId = random.nextBoolean();
                LocalDate since = random.nextBoolean() ? LocalDate.of(2000, 1, 1).plusDays(random.nextInt(7000)) : null;
                ties.add(new Tie(withId ? "t" + c + "-" + t : null, "a" + u, "a" + v, kind, since,
                        since != null && random.nextBoolean() ? since.plusDays(400) : null, 1 + random.nextInt(4),
                        "ties.csv:" + (c * 1000 + t + 2)));
            }
            List<Membership> memberships = new ArrayList<>();
            List<Participation> participations = new ArrayList<>();
            for (int m = 0; m < 20; m++) {
                int a = c * 20 + m;
                memberships.add(new Membership("a" + a, m % 2 == 0 ? "TAMA" : "KOBE",
                        m % 3 == 0 ? null : LocalDate.of(2001, 4, 1), null));
                participations.add(new Participation(m % 2 == 0 ? "p1" : "p2", "a" + a, m % 4 == 0 ? null : "participant",
                        m % 5 == 0 ? null : 1000.5 * m));
            }
            batches.add(new NetworkBatch(actors, ties.stream().filter(t -> keys.add(t.key())).toList(), c == 0 ? clusters : List.of(), memberships,
                    c == 0 ? activities : List.of(), participations));
        }
        return batches;
    }
}
