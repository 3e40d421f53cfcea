package io.kaonet.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;

/**
 * Chooses the database of the integration tests once per JVM: a Testcontainers Neo4j 5.26 where a
 * Docker engine runs, otherwise the embedded Neo4j over a fresh temporary folder.
 */
public final class TestNeo4j {

    private static final String PASSWORD = "kaonet-test-password";
    private static Neo4jContainer<?> container;
    private static Path embeddedFolder;

    private TestNeo4j() {
    }

    /** Points {@code kaonet.neo4j.*} at the chosen database. */
    public static synchronized void configure(DynamicPropertyRegistry registry) {
        if (container == null && embeddedFolder == null) {
            if (dockerAvailable()) {
                container = new Neo4jContainer<>("neo4j:5.26").withAdminPassword(PASSWORD);
                container.start();
            } else {
                try {
                    embeddedFolder = Files.createTempDirectory("kaonet-api-test");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (container != null) {
            registry.add("kaonet.neo4j.uri", container::getBoltUrl);
            registry.add("kaonet.neo4j.username", () -> "neo4j");
            registry.add("kaonet.neo4j.password", () -> PASSWORD);
        } else {
            registry.add("kaonet.neo4j.data-directory", embeddedFolder::toString);
            registry.add("kaonet.neo4j.bolt-port", () -> "0");
        }
    }

    /** Whether the tests run against a container rather than the embedded database. */
    public static boolean usingContainer() {
        return container != null;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
