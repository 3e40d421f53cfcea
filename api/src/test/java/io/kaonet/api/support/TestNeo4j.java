package io.kaonet.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of the shared integration-test context: the embedded Neo4j over a fresh temporary
 * folder, always. The application on an external database (a Neo4j server in a process of its own,
 * and a Testcontainers Neo4j where Docker runs) is tested besides it, by the {@code External*IT}
 * tests of {@code io.kaonet.api.database}.
 */
public final class TestNeo4j {

    private static Path embeddedFolder;

    private TestNeo4j() {
    }

    /** Points {@code kaonet.neo4j.*} at the embedded database of this JVM's tests. */
    public static synchronized void configure(DynamicPropertyRegistry registry) {
        if (embeddedFolder == null) {
            try {
                embeddedFolder = Files.createTempDirectory("kaonet-api-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        registry.add("kaonet.neo4j.data-directory", embeddedFolder::toString);
        registry.add("kaonet.neo4j.bolt-port", () -> "0");
    }
}
