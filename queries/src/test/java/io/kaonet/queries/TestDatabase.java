package io.kaonet.queries;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.schema.GraphSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded Neo4j for all of this module's integration tests, started on first use and stopped
 * when the JVM exits. Tests clear the data they need cleared; the schema stays.
 */
public final class TestDatabase {

    private static Neo4jConnection connection;

    private TestDatabase() {
    }

    /** The shared connection. */
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

    /** Deletes every node and relationship (the schema stays). */
    public static void clear() {
        try (var session = connection().driver().session(connection().sessionConfig())) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }
}
