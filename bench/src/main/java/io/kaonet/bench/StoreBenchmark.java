package io.kaonet.bench;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.projection.ProjectionReader;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Session;

/**
 * Import into Neo4j and projection out of it, on the rows of one generated graph written as Kaonet
 * CSV ({@code actors.csv}, {@code ties.csv}).
 *
 * <ol>
 *   <li>Kaonet: {@link KaonetCsvImporter} reads and validates the files, {@link NetworkWriter}
 *       writes the records (merge on key, content hash, data version) in transactions of
 *       {@link #ACTOR_BATCH} actors and then {@link #TIE_BATCH} ties.</li>
 *   <li>Neo4j's own {@code LOAD CSV} of the same two files, merging on the same keys under the same
 *       constraints, {@code CALL { … } IN TRANSACTIONS OF} the same sizes, into a fresh database.</li>
 *   <li>{@link ProjectionReader} reads the whole store (every tie in scope) into a
 *       {@link CollaborationGraph}.</li>
 * </ol>
 * Both databases are embedded servers configured alike (Bolt on loopback, the page cache Kaonet
 * uses by default), reached through the same driver.
 */
final class StoreBenchmark {

    static final int ACTOR_BATCH = 10_000;
    static final int TIE_BATCH = 20_000;
    private static final String PASSWORD = "bench-password";

    private static final String LOAD_ACTORS = """
            LOAD CSV WITH HEADERS FROM $url AS row
            CALL {
              WITH row
              MERGE (a:Actor {id: row.id})
              SET a.name = row.name, a.kind = row.kind, a.industry = row.industry, a.region = row.region, a:Company
            } IN TRANSACTIONS OF %d ROWS
            """.formatted(ACTOR_BATCH);
    private static final String LOAD_TIES = """
            LOAD CSV WITH HEADERS FROM $url AS row
            CALL {
              WITH row
              MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
              MERGE (a)-[r:ALLIANCE {key: row.id}]->(b)
              SET r.since = date(row.since), r.weight = toFloat(row.weight)
            } IN TRANSACTIONS OF %d ROWS
            """.formatted(TIE_BATCH);

    private final Path edgeFile;
    private final Path workDir;
    private final Results results;

    StoreBenchmark(Path edgeFile, Path workDir, Results results) {
        this.edgeFile = edgeFile;
        this.workDir = workDir;
        this.results = results;
    }

    void run() throws IOException {
        int n = EdgeListFile.nodeCount(edgeFile);
        long[] edges = EdgeListFile.readEdges(edgeFile);
        Path csv = workDir.resolve("csv");
        writeCsv(csv, n, edges);
        int rows = n + edges.length;

        long[] clock = results.start();
        NetworkBatch batch = new KaonetCsvImporter().read(csv, KnownIds.NONE);
        double parseSeconds = results.lap(clock);
        results.record("csv-validate", parseSeconds, "ok", Results.format(
                "KaonetCsvImporter: %d rows read and validated, %.0f rows/s", rows, rows / parseSeconds));

        try (Server server = Server.start(workDir.resolve("db-kaonet"), csv)) {
            GraphSchema.install(server.connection);
            NetworkWriter writer = new NetworkWriter(server.connection);
            clock = results.start();
            List<NetworkBatch> slices = slices(batch);
            for (NetworkBatch slice : slices) {
                writer.write(slice);
            }
            double writeSeconds = results.lap(clock);
            results.record("import-networkwriter", writeSeconds, "ok", Results.format(
                    "%d rows, %.0f rows/s: NetworkWriter.write in %d transactions (%d actors, then %d ties each);"
                            + " with validation (csv-validate) %.0f rows/s", rows, rows / writeSeconds, slices.size(),
                    ACTOR_BATCH, TIE_BATCH, rows / (writeSeconds + parseSeconds)));

            ProjectionReader reader = new ProjectionReader(server.connection);
            CollaborationGraph[] last = new CollaborationGraph[1];
            long start = System.nanoTime();
            last[0] = reader.read(Scope.ALL);
            double first = (System.nanoTime() - start) / 1e9;
            var t = results.time(() -> reader.read(Scope.ALL));
            results.record("projection", t.seconds(), "ok", Results.format(
                    "ProjectionReader.read(Scope.ALL): %d actors, %d ties; first read %.2f s, then median of %d",
                    t.value().nodeCount(), t.value().edgeCount(), first, t.runs()));
        }

        try (Server server = Server.start(workDir.resolve("db-loadcsv"), csv)) {
            GraphSchema.install(server.connection);
            clock = results.start();
            try (Session session = server.connection.driver().session(server.connection.sessionConfig())) {
                session.run(LOAD_ACTORS, Map.of("url", "file:///actors.csv")).consume();
                session.run(LOAD_TIES, Map.of("url", "file:///ties.csv")).consume();
            }
            double loadSeconds = results.lap(clock);
            long stored;
            try (Session session = server.connection.driver().session(server.connection.sessionConfig())) {
                stored = session.run("MATCH ()-[r:ALLIANCE]->() RETURN count(r) AS c").single().get("c").asLong();
            }
            results.record("import-loadcsv", loadSeconds, "ok", Results.format(
                    "%d rows, %.0f rows/s: LOAD CSV, MERGE on the same keys, IN TRANSACTIONS OF %d / %d rows;"
                            + " %d ties stored", rows, rows / loadSeconds, ACTOR_BATCH, TIE_BATCH, stored));
        }
    }

    /** The batch cut into actor slices, then tie slices. */
    private static List<NetworkBatch> slices(NetworkBatch batch) {
        List<NetworkBatch> out = new ArrayList<>();
        var actors = batch.actors();
        for (int i = 0; i < actors.size(); i += ACTOR_BATCH) {
            out.add(new NetworkBatch(actors.subList(i, Math.min(actors.size(), i + ACTOR_BATCH)), List.of(),
                    List.of(), List.of(), List.of(), List.of()));
        }
        var ties = batch.ties();
        for (int i = 0; i < ties.size(); i += TIE_BATCH) {
            out.add(new NetworkBatch(List.of(), ties.subList(i, Math.min(ties.size(), i + TIE_BATCH)), List.of(),
                    List.of(), List.of(), List.of()));
        }
        return out;
    }

    /** Actors {@code a0000001…} (companies with an industry and region), ties with an id, start day and weight 1. */
    private static void writeCsv(Path folder, int n, long[] edges) throws IOException {
        Files.createDirectories(folder);
        String[] industries = {"machinery", "electronics", "biotech", "materials", "software", "food"};
        String[] regions = {"Kanto", "Kinki", "Chubu", "Hokkaido", "Kyushu", "Tohoku"};
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("actors.csv"), StandardCharsets.UTF_8)) {
            w.write("id,name,kind,industry,region\n");
            for (int u = 0; u < n; u++) {
                w.write(actorId(u) + ",Firm " + u + ",COMPANY," + industries[u % industries.length] + ","
                        + regions[(u / 7) % regions.length] + "\n");
            }
        }
        LocalDate base = LocalDate.of(2005, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("ties.csv"), StandardCharsets.UTF_8)) {
            w.write("id,source,target,kind,since,weight\n");
            for (int i = 0; i < edges.length; i++) {
                long e = edges[i];
                w.write("t" + i + "," + actorId((int) (e >>> 32)) + "," + actorId((int) e) + ",ALLIANCE,"
                        + base.plusDays(i % 6000) + ",1\n");
            }
        }
    }

    private static String actorId(int u) {
        return String.format("a%07d", u);
    }

    /** An embedded Neo4j like Kaonet's, with LOAD CSV reading from one folder, and a connection to it. */
    private static final class Server implements AutoCloseable {
        private final DatabaseManagementService service;
        private final Neo4jConnection connection;

        private Server(DatabaseManagementService service, Neo4jConnection connection) {
            this.service = service;
            this.connection = connection;
        }

        static Server start(Path data, Path csvRoot) throws IOException {
            deleteTree(data);
            Files.createDirectories(data);
            int port = freePort();
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, Neo4jSettings.PAGE_CACHE_DEFAULT)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, csvRoot.toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", PASSWORD));
            Neo4jConnection connection = Neo4jConnection.open(
                    Neo4jSettings.external("bolt://127.0.0.1:" + port, "neo4j", PASSWORD, null));
            return new Server(service, connection);
        }

        @Override
        public void close() {
            connection.close();
            service.shutdown();
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", 0));
                return socket.getLocalPort();
            }
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
