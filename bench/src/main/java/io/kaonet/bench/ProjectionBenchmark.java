package io.kaonet.bench;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.projection.ProjectionReader;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Projection out of a large store: the whole store and a 300-actor cluster inside it, read through
 * Neo4j's Java API (embedded) and through Bolt with the scope pushed into Cypher, against the read of
 * before (every actor and every tie of the store through Bolt, the scope filtered in Java); and the
 * update of a whole-store projection after a write of 100 records against a full read.
 *
 * <p>The store is Kaonet's embedded database ({@link Neo4jConnection} without a URI), filled through
 * the Java API in batches (the import is measured elsewhere): NODES companies with region, country
 * and founding year, the TIES edges of the generated graph as ALLIANCE ties with a key, a start day
 * and weight 1, and ten clusters: C0 with {@link #CLUSTER_SIZE} random members, C1…C9 with a
 * twentieth of the actors each. The filled store is kept beside the working copy
 * ({@code db-projection-filled-GRAPH}, stamped with the edge list's header) and copied in by the next run
 * of the same graph instead of filled again: the after-write rounds change the working copy, which is
 * deleted at the end.
 */
final class ProjectionBenchmark {

    static final int CLUSTER_SIZE = 300;
    private static final int BATCH = 50_000;
    private static final Label ACTOR = Label.label("Actor");
    private static final Label COMPANY = Label.label("Company");
    private static final Label CLUSTER = Label.label("Cluster");
    private static final RelationshipType ALLIANCE = RelationshipType.withName("ALLIANCE");
    private static final RelationshipType MEMBER_OF = RelationshipType.withName("MEMBER_OF");

    /** Names the fill below; change it when the fill changes, so that a kept store is filled again. */
    private static final String FILL_VERSION = "fill-1";
    private static final String STAMP_FILE = "kaonet-bench-fill.txt";

    private final Path edgeFile;
    private final int nodes;
    private final long[] edges;
    private final Path workDir;
    private final Results results;

    ProjectionBenchmark(Path edgeFile, Path workDir, Results results) throws IOException {
        this.edgeFile = edgeFile;
        this.nodes = EdgeListFile.nodeCount(edgeFile);
        this.edges = EdgeListFile.readEdges(edgeFile);
        this.workDir = workDir;
        this.results = results;
    }

    void run() throws IOException {
        Path data = workDir.resolve("db-projection");
        Path filled = workDir.resolve("db-projection-filled-" + edgeFile.getFileName().toString().replace(".edges", ""));
        String stamp = fillStamp();
        StoreBenchmark.deleteTree(data);
        if (stamp.equals(readStamp(filled))) {
            long[] clock = results.start();
            copyTree(filled, data);
            System.out.printf("projection store: the filled store of an earlier run copied in %.1f s (%s)%n",
                    results.lap(clock), stamp);
        } else {
            StoreBenchmark.deleteTree(filled);
            try (Neo4jConnection connection = open(data)) {
                GraphSchema.install(connection);
                long[] clock = results.start();
                fill(connection.embeddedDatabase().orElseThrow());
                results.record("projection-store-fill", results.lap(clock), "ok", Results.format(
                        "%d actors, %d ties, 10 clusters written through the Java API (setup, not an import)",
                        nodes, edges.length));
            }
            // Kept for the next run (the after-write rounds below change the working copy).
            copyTree(data, filled);
            Files.writeString(filled.resolve(STAMP_FILE), stamp);
        }
        try (Neo4jConnection connection = open(data)) {
            ProjectionReader javaApi = new ProjectionReader(connection, ProjectionReader.Access.JAVA_API);
            ProjectionReader driver = new ProjectionReader(connection, ProjectionReader.Access.DRIVER);
            Scope cluster = Scope.ALL.withClusters(Set.of("C0"));

            measure("projection-whole-javaapi", "whole store, Java API", () -> javaApi.read(Scope.ALL));
            measure("projection-whole-driver", "whole store, Bolt with Cypher", () -> driver.read(Scope.ALL));
            measure("projection-whole-before", "whole store, the read of before (Bolt)",
                    () -> WholeStoreRead.read(connection, Scope.ALL));
            measure("projection-cluster-javaapi", "300-actor cluster, Java API", () -> javaApi.read(cluster));
            measure("projection-cluster-driver", "300-actor cluster, Bolt with the scope in Cypher",
                    () -> driver.read(cluster));
            measure("projection-cluster-before", "300-actor cluster, the read of before (every tie through Bolt)",
                    () -> WholeStoreRead.read(connection, cluster));
            incremental(connection, javaApi);
        }
        StoreBenchmark.deleteTree(data);
    }

    /** The embedded database over {@code data}, with twice the default page cache. */
    private static Neo4jConnection open(Path data) {
        return Neo4jConnection.open(new Neo4jSettings(null, "neo4j", null, null, data, 0,
                2L * Neo4jSettings.PAGE_CACHE_DEFAULT));
    }

    /** What the filled store holds: the edge list's header and this fill's version. */
    private String fillStamp() throws IOException {
        try (var lines = Files.lines(edgeFile)) {
            return FILL_VERSION + " " + lines.findFirst().orElse("");
        }
    }

    private static String readStamp(Path filled) throws IOException {
        Path file = filled.resolve(STAMP_FILE);
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(STAMP_FILE)) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private void measure(String work, String what, java.util.function.Supplier<CollaborationGraph> read) {
        long start = System.nanoTime();
        CollaborationGraph first = read.get();
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        var t = results.time(read);
        results.record(work, t.seconds(), "ok", Results.format("%s: %d actors, %d ties; first read %.2f s, then median of %d",
                what, first.nodeCount(), first.edgeCount(), firstSeconds, t.runs()));
    }

    /** Three rounds of: write 100 records (50 changed actors, 50 new ties), then bring the projection up to date. */
    private void incremental(Neo4jConnection connection, ProjectionReader reader) {
        NetworkWriter writer = new NetworkWriter(connection);
        Random random = new Random(42);
        ProjectionReader.Snapshot base = reader.snapshot(Scope.ALL);
        double[] seconds = new double[3];
        boolean patched = true;
        for (int round = 0; round < 3; round++) {
            List<Actor> actors = new ArrayList<>();
            List<Tie> ties = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String id = actorId(random.nextInt(nodes));
                actors.add(new Actor(id, "Renamed " + round + " " + i, ActorKind.COMPANY, null, "Kanto", null, "JP", null,
                        1990, null, null, List.of(), List.of(), List.of()));
                int u = random.nextInt(nodes);
                int v = (u + 1 + random.nextInt(nodes - 1)) % nodes;
                ties.add(new Tie("w" + round + "-" + i, actorId(u), actorId(v), TieKind.JOINT_RESEARCH,
                        LocalDate.of(2020, 1, 1), null, 1, "bench"));
            }
            writer.write(new NetworkBatch(actors, ties, List.of(), List.of(), List.of(), List.of()));
            long start = System.nanoTime();
            base = reader.update(Scope.ALL, base);
            seconds[round] = (System.nanoTime() - start) / 1e9;
            patched &= base.patched();
        }
        java.util.Arrays.sort(seconds);
        results.record("projection-after-write", seconds[1], patched ? "ok" : "full-read", Results.format(
                "whole-store projection brought up to date after a write of 100 records (50 actors, 50 ties),"
                        + " Java API; median of 3 rounds; %d actors, %d ties", base.graph().nodeCount(),
                base.graph().edgeCount()));
    }

    private void fill(GraphDatabaseService db) {
        long[] nodeIds = new long[nodes];
        for (int from = 0; from < nodes; from += BATCH) {
            try (Transaction tx = db.beginTx()) {
                for (int u = from; u < Math.min(nodes, from + BATCH); u++) {
                    Node a = tx.createNode(ACTOR, COMPANY);
                    a.setProperty("id", actorId(u));
                    a.setProperty("name", "Firm " + u);
                    a.setProperty("kind", "COMPANY");
                    a.setProperty("region", "R" + (u / 7) % 40);
                    a.setProperty("country", u % 5 == 0 ? "DE" : "JP");
                    a.setProperty("founded", 1950L + u % 70);
                    nodeIds[u] = nodeId(a);
                }
                tx.commit();
            }
        }
        LocalDate base = LocalDate.of(2005, 1, 1);
        for (int from = 0; from < edges.length; from += BATCH) {
            try (Transaction tx = db.beginTx()) {
                for (int i = from; i < Math.min(edges.length, from + BATCH); i++) {
                    long e = edges[i];
                    var r = node(tx, nodeIds[(int) (e >>> 32)]).createRelationshipTo(node(tx, nodeIds[(int) e]), ALLIANCE);
                    r.setProperty("key", "t" + i);
                    r.setProperty("since", base.plusDays(i % 6000));
                    r.setProperty("weight", 1.0);
                }
                tx.commit();
            }
        }
        Random random = new Random(7);
        try (Transaction tx = db.beginTx()) {
            Node[] clusters = new Node[10];
            for (int c = 0; c < clusters.length; c++) {
                clusters[c] = tx.createNode(CLUSTER);
                clusters[c].setProperty("id", "C" + c);
                clusters[c].setProperty("name", "Cluster " + c);
            }
            java.util.Set<Integer> members = new java.util.HashSet<>();
            while (members.size() < CLUSTER_SIZE) {
                members.add(random.nextInt(nodes));
            }
            for (int u : members) {
                member(node(tx, nodeIds[u]), clusters[0]);
            }
            for (int u = 0; u < nodes; u++) {
                if (u % 2 == 0) {
                    member(node(tx, nodeIds[u]), clusters[1 + (u / 2) % 9]);
                }
            }
            Node meta = tx.createNode(Label.label("KaonetMeta"));
            meta.setProperty("id", "kaonet");
            meta.setProperty("version", 1L);
            tx.commit();
        }
    }

    private static void member(Node actor, Node cluster) {
        actor.createRelationshipTo(cluster, MEMBER_OF).setProperty("since", LocalDate.of(2001, 4, 1));
    }

    @SuppressWarnings("deprecation")
    private static long nodeId(Node n) {
        return n.getId();
    }

    @SuppressWarnings("deprecation")
    private static Node node(Transaction tx, long id) {
        return tx.getNodeById(id);
    }

    private static String actorId(int u) {
        return String.format("a%07d", u);
    }

    /**
     * The projection as it was before scopes were pushed into the read (kept here as the baseline):
     * the actors with the scope's conditions as always-present Cypher predicates, then every tie of
     * the store through Bolt, dropped in Java when an end is not kept.
     */
    static final class WholeStoreRead {

        private static final String ACTORS = """
                MATCH (a:Actor)
                WHERE ($kinds = [] OR a.kind IN $kinds)
                  AND ($regions = [] OR a.region IN $regions)
                  AND ($clusters = [] OR EXISTS { MATCH (a)-[m:MEMBER_OF]->(c:Cluster) WHERE c.id IN $clusters })
                RETURN a.id AS id, a.name AS name, a.kind AS kind, a.industry AS industry, a.region AS region,
                       a.country AS country, a.sme AS sme, [(a)-[m:MEMBER_OF]->(c:Cluster) | c.id] AS clusters
                ORDER BY a.id
                """;
        private static final String TIES = """
                MATCH (a:Actor)-[r]->(b:Actor)
                WHERE type(r) IN $types
                RETURN a.id AS source, b.id AS target, type(r) AS kind, r.weight AS weight, r.since AS since
                """;

        private WholeStoreRead() {
        }

        static CollaborationGraph read(Neo4jConnection connection, Scope scope) {
            Map<String, Object> params = Map.of("kinds", List.of(), "regions", List.copyOf(scope.regions()),
                    "clusters", List.copyOf(scope.clusterIds()), "types", GraphSchema.tieTypes());
            try (Session session = connection.driver().session(connection.sessionConfig())) {
                return session.executeRead(tx -> {
                    CollaborationGraphBuilder b = CollaborationGraph.builder();
                    tx.run(ACTORS, params).forEachRemaining(r -> {
                        int u = b.addNode(r.get("id").asString(), r.get("name").asString(null),
                                ActorKind.valueOf(r.get("kind").asString()));
                        b.attributes(u, r.get("industry").asString(null), r.get("region").asString(null),
                                r.get("country").asString(null), r.get("sme").isNull() ? null : r.get("sme").asBoolean());
                        for (Value c : r.get("clusters").values()) {
                            b.member(u, c.asString());
                        }
                    });
                    tx.run(TIES, params).forEachRemaining(r -> {
                        Integer u = b.indexOf(r.get("source").asString()).orElse(null);
                        Integer v = b.indexOf(r.get("target").asString()).orElse(null);
                        if (u != null && v != null) {
                            b.addTie(u, v, TieKind.valueOf(r.get("kind").asString()),
                                    r.get("weight").isNull() ? 1.0 : r.get("weight").asDouble(),
                                    r.get("since").isNull() ? null : r.get("since").asLocalDate());
                        }
                    });
                    return b.build();
                });
            }
        }
    }
}
