package io.kaonet.queries.writes;

import io.kaonet.queries.connection.Neo4jConnection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

/**
 * How the writers reach the store: the same parameterised Cypher ({@link Statements}) through the Bolt
 * driver, which works against any server, or through Neo4j's Java API inside this process, which only
 * the embedded database allows and which skips Bolt's encoding and decoding of every batch. Both commit
 * a unit of work whole or not at all, and both try it again on a transient failure (a deadlock with
 * another write, say) for up to {@link #RETRY_TIME_MS} ms, as the driver's {@code executeWrite} does.
 */
public enum WriteAccess {

    /** Cypher through the Bolt driver: works against any server. */
    DRIVER {
        @Override
        <T> T write(Neo4jConnection connection, Function<Statements, T> work) {
            try (Session session = connection.driver().session(connection.sessionConfig())) {
                return session.executeWrite(tx -> work.apply(Statements.of(tx)));
            }
        }
    },

    /** Cypher through Neo4j's Java API inside this process: only for the embedded database. */
    JAVA_API {
        @Override
        <T> T write(Neo4jConnection connection, Function<Statements, T> work) {
            GraphDatabaseService db = connection.embeddedDatabase().orElseThrow(() -> new IllegalArgumentException(
                    "the Java API reaches only the embedded database, not " + connection.uri()));
            long deadline = System.currentTimeMillis() + RETRY_TIME_MS;
            long pause = 1_000;
            while (true) {
                try (Transaction tx = db.beginTx()) {
                    T result = work.apply(new EmbeddedStatements(tx));
                    tx.commit();
                    return result;
                } catch (RuntimeException e) {
                    if (!isTransient(e) || System.currentTimeMillis() + pause > deadline) {
                        throw e;
                    }
                }
                sleep(pause + ThreadLocalRandom.current().nextLong(pause / 5));
                pause *= 2;
            }
        }
    };

    /** How long a unit of work is tried again after transient failures (the driver's default). */
    public static final long RETRY_TIME_MS = 30_000;

    /** The Java API for the embedded database, the driver for an external server. */
    public static WriteAccess of(Neo4jConnection connection) {
        return connection.embedded() ? JAVA_API : DRIVER;
    }

    /**
     * Checks that this access reaches the connection's database.
     *
     * @throws IllegalArgumentException when asked for the Java API on an external server
     */
    public WriteAccess checkedFor(Neo4jConnection connection) {
        if (this == JAVA_API && !connection.embedded()) {
            throw new IllegalArgumentException("the Java API reaches only the embedded database, not " + connection.uri());
        }
        return this;
    }

    /** Runs {@code work} in one write transaction, committed when it returns and rolled back when it throws. */
    abstract <T> T write(Neo4jConnection connection, Function<Statements, T> work);

    /** Whether a failure of the Java API may pass when the work is tried again (Neo4j classifies it transient). */
    private static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientFailureException
                    || t instanceof QueryExecutionException q && q.getStatusCode().startsWith("Neo.TransientError.")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try a write again", e);
        }
    }
}
