package io.kaonet.api.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Kaonet's settings ({@code kaonet.*} in {@code application.yml}, environment variables such as
 * {@code KAONET_NEO4J_URI}, or {@code --kaonet.neo4j.uri=…} on the command line).
 *
 * @param neo4j where the graph lives
 * @param demo  whether to load the demo network into an empty database at start
 */
@ConfigurationProperties("kaonet")
public record KaonetProperties(@DefaultValue Neo4j neo4j, @DefaultValue Demo demo) {

    /**
     * @param uri           external Neo4j or cluster ({@code neo4j://host:7687}); empty for embedded
     * @param username      user name for an external server
     * @param password      password; for the embedded database empty means random per start
     * @param database      database name, empty for the server's default
     * @param dataDirectory folder of the embedded store
     * @param boltPort      loopback Bolt port of the embedded database (0 = any free port)
     * @param pageCache     page cache of the embedded database
     */
    public record Neo4j(String uri, @DefaultValue("neo4j") String username, String password, String database,
                        @DefaultValue("kaonet-data") Path dataDirectory, @DefaultValue("7687") int boltPort,
                        @DefaultValue("256MB") DataSize pageCache) {
    }

    /**
     * @param enabled load the demo network when the database holds no actors
     * @param seed    the demo generator's seed
     */
    public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("20010401") long seed) {
    }
}
