package io.kaonet.queries.connection;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one Neo4j {@link Driver}, and the embedded database behind it when there is one.
 *
 * <p>Every session it configures ({@link #sessionConfig()}) shares one bookmark manager, so each
 * transaction sees every transaction this application committed before it (causal consistency):
 * on a cluster or Aura, where reads may go to a secondary that has not yet caught up, a projection
 * read after an import still sees the import and its data version. On a single server it changes
 * nothing.
 *
 * <p>Closing it closes the driver first, then stops the embedded database.
 */
public final class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final String uri;
    private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

    private Neo4jConnection(Driver driver, String database, EmbeddedNeo4j embedded, String uri) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.uri = uri;
    }

    /**
     * Connects as the settings say: starts the embedded database when no URI is given.
     *
     * @throws org.neo4j.driver.exceptions.ServiceUnavailableException when an external server cannot be reached
     */
    public static Neo4jConnection open(Neo4jSettings settings) {
        EmbeddedNeo4j embedded = null;
        String uri = settings.uri();
        String password = settings.password();
        if (settings.isEmbedded()) {
            if (password == null || password.isBlank()) {
                password = randomPassword();
            }
            embedded = EmbeddedNeo4j.start(settings.dataDirectory(), settings.boltPort(), password,
                    settings.pageCacheBytes());
            uri = embedded.boltUri();
        }
        Config.ConfigBuilder config = Config.builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(50);
        if (!uri.contains("+s")) {
            // Schemes with "+s" carry their own encryption setting; setting it again is an error.
            config.withoutEncryption();
        }
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(settings.username(), password), config.build());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
        return new Neo4jConnection(driver, settings.database(), embedded, uri);
    }

    /** The driver; share it, never close it yourself. */
    public Driver driver() {
        return driver;
    }

    /**
     * Session configuration for Kaonet's database, with the connection's bookmark manager: a session
     * opened with it waits, on a cluster, until the server it reads from holds every transaction this
     * connection committed before.
     */
    public SessionConfig sessionConfig() {
        SessionConfig.Builder config = SessionConfig.builder().withBookmarkManager(bookmarks);
        if (database != null) {
            config.withDatabase(database);
        }
        return config.build();
    }

    /** The bookmark manager every session of this connection shares (for tests and diagnostics). */
    public BookmarkManager bookmarkManager() {
        return bookmarks;
    }

    /** Whether the database runs inside this process. */
    public boolean embedded() {
        return embedded != null;
    }

    /**
     * The embedded database through Neo4j's Java API, for the work that Bolt's encoding would slow
     * (the projection's reads, the writers' statements); empty for an external server. Write through
     * it only with the writers of {@code io.kaonet.queries.writes}, which move the data version.
     */
    public Optional<GraphDatabaseService> embeddedDatabase() {
        return embedded == null ? Optional.empty() : Optional.of(embedded.database(database));
    }

    /** The URI the driver talks to. */
    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        try {
            driver.close();
            LOG.info("Neo4j driver closed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
