package io.kaonet.api.database;

import io.kaonet.queries.connection.Neo4jServerProcess;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;

/**
 * {@link ExternalDatabaseContract} against a Neo4j 5.26 server in a process of its own (started from
 * Neo4j's artifacts on the test class path, see {@link Neo4jServerProcess}), reached through a
 * routing URI ({@code neo4j://}) as a cluster or Aura would be. Runs wherever the tests run.
 */
@Tag(Neo4jServerProcess.TAG)
@Order(Neo4jServerProcess.RUN_LAST)
class ExternalServerProcessIT extends ExternalDatabaseContract {

    @Override
    Target target() {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        return new Target(server.uri(Neo4jServerProcess.Scheme.ROUTING), "neo4j", server.password());
    }
}
