package io.kaonet.api.database;

import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link ExternalDatabaseContract} against Neo4j's own Docker image through Testcontainers: a third
 * target besides the embedded database and the server process, where a Docker engine runs; skipped
 * (not failed) where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
class ExternalContainerIT extends ExternalDatabaseContract {

    private static final String PASSWORD = "kaonet-test-password";

    @Container
    private static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26").withAdminPassword(PASSWORD);

    @Override
    Target target() {
        return new Target(NEO4J.getBoltUrl(), "neo4j", PASSWORD);
    }
}
