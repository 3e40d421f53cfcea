package io.kaonet.queries.connection;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the graph lives and how to reach it.
 *
 * <p>With no {@code uri}, Kaonet starts an embedded Neo4j (Bolt only, bound to 127.0.0.1, with
 * authentication on) over {@code dataDirectory}. With a {@code uri} ({@code neo4j://…},
 * {@code neo4j+s://…}, {@code bolt://…}) it talks to that external server or cluster instead, and the
 * embedded settings are ignored.
 *
 * @param uri            external server URI, or null for the embedded database
 * @param username       user name (the embedded database's user is always {@code neo4j})
 * @param password       password; for the embedded database null means a random one per start
 * @param database       database name, or null for the server's default
 * @param dataDirectory  embedded only: folder of the store; two instances cannot share it
 * @param boltPort       embedded only: loopback Bolt port, 0 for any free port
 * @param pageCacheBytes embedded only: page cache size
 */
public record Neo4jSettings(String uri, String username, String password, String database, Path dataDirectory,
                            int boltPort, long pageCacheBytes) {

    /** Page cache of the embedded database unless configured: 256 MiB. */
    public static final long PAGE_CACHE_DEFAULT = 256L * 1024 * 1024;

    /** The embedded database's Bolt port unless configured. */
    public static final int BOLT_PORT_DEFAULT = 7687;

    /** @throws IllegalArgumentException on an out-of-range port or page cache, or a missing data folder */
    public Neo4jSettings {
        if (uri != null && uri.isBlank()) {
            uri = null;
        }
        if (username == null || username.isBlank()) {
            username = "neo4j";
        }
        if (database != null && database.isBlank()) {
            database = null;
        }
        if (uri == null) {
            Objects.requireNonNull(dataDirectory, "dataDirectory must be set for the embedded database");
            if (boltPort < 0 || boltPort > 65_535) {
                throw new IllegalArgumentException("boltPort must be within [0, 65535], was " + boltPort);
            }
            if (pageCacheBytes < 8L * 1024 * 1024) {
                throw new IllegalArgumentException("pageCacheBytes must be at least 8 MiB, was " + pageCacheBytes);
            }
        }
    }

    /** Settings for an embedded database in a folder. */
    public static Neo4jSettings embedded(Path dataDirectory, int boltPort, String password) {
        return new Neo4jSettings(null, "neo4j", password, null, dataDirectory, boltPort, PAGE_CACHE_DEFAULT);
    }

    /** Settings for an external server or cluster. */
    public static Neo4jSettings external(String uri, String username, String password, String database) {
        return new Neo4jSettings(Objects.requireNonNull(uri, "uri"), username, password, database, null, 0, 0);
    }

    /** Whether this starts an embedded database. */
    public boolean isEmbedded() {
        return uri == null;
    }
}
