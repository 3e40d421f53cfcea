package io.kaonet.queries;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jServerProcess;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.schema.GraphSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The databases of this module's integration tests: one embedded Neo4j for all of them
 * ({@link #connection()}), and, for the tests that also run against an external server, one Neo4j
 * server in a process of its own ({@link Neo4jServerProcess}) reached through either URI scheme
 * ({@link #external}). Each is started on first use and stopped when the JVM exits. Tests clear the
 * data they need cleared; the schema stays.
 */
public final class TestDatabase {

    private static Neo4jConnection connection;
    private static final Map<Neo4jServerProcess.Scheme, Neo4jConnection> EXTERNAL =
            new EnumMap<>(Neo4jServerProcess.Scheme.class);

    private TestDatabase() {
    }

    /** The shared embedded connection. */
    public static synchronized Neo4jConnection connection() {
        if (connection == null) {
            try {
                Path dir = Files.createTempDirectory("kaonet-queries-test");
                connection = Neo4jConnection.open(Neo4jSettings.embedded(dir, 0, null));
                GraphSchema.install(connection);
                Neo4jConnection opened = connection;
                Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return connection;
    }

    /**
     * A connection to the shared external server through a URI of the scheme (both schemes reach the
     * same server, so they see the same data), with Kaonet's schema installed.
     */
    public static synchronized Neo4jConnection external(Neo4jServerProcess.Scheme scheme) {
        return EXTERNAL.computeIfAbsent(scheme, s -> {
            Neo4jConnection opened = Neo4jServerProcess.shared().connect(s);
            GraphSchema.install(opened);
            // Shutdown hooks run in no set order; closing a driver whose server is gone is harmless.
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close));
            return opened;
        });
    }

    /** Deletes every node and relationship of the embedded database (the schema stays). */
    public static void clear() {
        clear(connection());
    }

    /** Deletes every node and relationship of a database (the schema stays). */
    public static void clear(Neo4jConnection database) {
        try (var session = database.driver().session(database.sessionConfig())) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }
}
