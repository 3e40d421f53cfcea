package io.kaonet.queries.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j 5.26 server: Bolt only, bound to 127.0.0.1, authentication on.
 *
 * <p>Kaonet reaches it through the Bolt driver, exactly as it would reach an external server, so the
 * same code serves both; only where Bolt's encoding would be the bottleneck does it go through
 * Neo4j's Java API instead ({@link #database}): the projection's reads, and the writers, which run
 * the same Cypher in process. The HTTP server is not part of the embedded build.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService service;
    private final int port;

    private EmbeddedNeo4j(DatabaseManagementService service, int port) {
        this.service = service;
        this.port = port;
    }

    /**
     * Starts the database and sets the password of user {@code neo4j}.
     *
     * @throws UncheckedIOException when the data folder cannot be created or no port is free
     */
    static EmbeddedNeo4j start(Path dataDirectory, int requestedPort, String password, long pageCacheBytes) {
        int port = requestedPort == 0 ? freePort() : requestedPort;
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDirectory, e);
        }
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDirectory.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // LOAD CSV reads file:/// URLs from <data folder>/import, as a server reads its import folder.
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root,
                        dataDirectory.toAbsolutePath().resolve("import"))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                .build();
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        LOG.info("Embedded Neo4j started on bolt://{}:{} over {} in {} ms", LOOPBACK, port, dataDirectory,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedNeo4j(service, port);
    }

    /** A database of this server through Neo4j's Java API; null names the default database. */
    GraphDatabaseService database(String name) {
        return service.database(name == null ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME : name);
    }

    /** The Bolt URI to give the driver. */
    String boltUri() {
        return "bolt://" + LOOPBACK + ":" + port;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        service.shutdown();
        LOG.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** A loopback port free now (another process may take it before it is bound again). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for Bolt", e);
        }
    }
}
