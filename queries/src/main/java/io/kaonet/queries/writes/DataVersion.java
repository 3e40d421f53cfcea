package io.kaonet.queries.writes;

import io.kaonet.queries.connection.Neo4jConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;

/**
 * The one data version every kind of write moves on (kept on the {@code (:KaonetMeta {id: 'kaonet'})}
 * node; caches of projections are keyed by it), and the content hash by which a write tells a
 * changed record from one it already holds.
 *
 * <p>Stateless and thread-safe.
 */
public final class DataVersion {

    private static final String BUMP = """
            MERGE (m:KaonetMeta {id: 'kaonet'})
            SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
            RETURN m.version AS version
            """;
    private static final String CURRENT =
            "OPTIONAL MATCH (m:KaonetMeta {id: 'kaonet'}) RETURN coalesce(m.version, 0) AS version";

    private static final Label META = Label.label("KaonetMeta");

    private DataVersion() {
    }

    /**
     * Moves the data version on, inside the caller's transaction, without saying what changed (so
     * cached projections are re-read whole); returns the new version.
     */
    public static long bump(TransactionContext tx) {
        return bump(Statements.of(tx));
    }

    static long bump(Statements tx) {
        return tx.run(BUMP).longOf("version");
    }

    /**
     * Moves the data version on and records in {@link ChangeLog} which actors the write touched, so
     * that cached projections re-read only those; returns the new version.
     */
    public static long bump(TransactionContext tx, Collection<String> touchedActors) {
        return bump(Statements.of(tx), touchedActors);
    }

    static long bump(Statements tx, Collection<String> touchedActors) {
        long version = bump(tx);
        ChangeLog.record(tx, version, touchedActors);
        return version;
    }

    /**
     * Detach-deletes the nodes of a label whose key property holds one of the values, in one
     * transaction, and moves the data version on when any was deleted, recording the actors whose
     * projection rows change (for actors: the deleted ones, their tie neighbours and co-participants;
     * for other labels, which no projection reads, none). {@code label} and {@code key} must be
     * schema constants, never input.
     *
     * Runs through the Java API when the database is embedded ({@link WriteAccess#of}).
     *
     * @return how many nodes were deleted
     */
    public static long deleteNodes(Neo4jConnection connection, String label, String key, Collection<String> values) {
        return deleteNodes(connection, WriteAccess.of(connection), label, key, values);
    }

    /** As {@link #deleteNodes(Neo4jConnection, String, String, Collection)}, through the given access. */
    static long deleteNodes(Neo4jConnection connection, WriteAccess access, String label, String key,
                            Collection<String> values) {
        String cypher = """
                UNWIND $values AS value
                MATCH (n:%s {%s: value})
                DETACH DELETE n
                RETURN count(*) AS deleted
                """.formatted(label, key);
        return access.write(connection, tx -> {
            Set<String> touched = new HashSet<>();
            if (label.equals("Actor")) {
                touched.addAll(values);
                ChangeLog.addNeighbourhood(tx, values, touched);
            }
            long deleted = tx.run(cypher, Map.of("values", List.copyOf(values))).longOf("deleted");
            if (deleted > 0) {
                bump(tx, touched);
            }
            return deleted;
        });
    }

    /**
     * The data version after a write: moved on when the write changed anything, else as it was
     * (0 when nothing was ever written).
     */
    public static long afterWrite(TransactionContext tx, boolean changed) {
        return changed ? bump(tx) : current(tx);
    }

    /** As {@link #afterWrite(TransactionContext, boolean)}, recording the touched actors when it moves on. */
    public static long afterWrite(TransactionContext tx, boolean changed, Collection<String> touchedActors) {
        return afterWrite(Statements.of(tx), changed, touchedActors);
    }

    static long afterWrite(Statements tx, boolean changed, Collection<String> touchedActors) {
        return changed ? bump(tx, touchedActors) : current(tx);
    }

    /** The data version as stored (0 when nothing was ever written), read with Cypher in the caller's transaction. */
    public static long current(TransactionContext tx) {
        return current(Statements.of(tx));
    }

    static long current(Statements tx) {
        return tx.run(CURRENT).longOf("version");
    }

    /**
     * As {@link #current(TransactionContext)}, through Neo4j's Java API in a transaction of the
     * embedded database: one lookup in the {@code meta_id} index, no query planning and no Bolt.
     */
    public static long current(Transaction tx) {
        Node meta = tx.findNode(META, "id", "kaonet");
        Object version = meta == null ? null : meta.getProperty("version", null);
        return version == null ? 0 : ((Number) version).longValue();
    }

    /**
     * A record's content hash: the first 64 bits of SHA-256 over its key and its properties in the
     * map's order (a sorted map gives a stable hash). A long takes two blocks of a property record
     * where the former 32 hex digits took a string's; a changed record keeps its hash by chance with
     * odds of 2^-64.
     */
    public static long contentHash(String key, Map<String, Object> props) {
        StringBuilder s = new StringBuilder(key.length() + 16 * props.size());
        s.append(key);
        props.forEach((k, v) -> s.append('\u001f').append(k).append('=').append(v));
        // One digest per thread instead of a provider lookup per record (no difference was measured once
        // the JIT had warmed up; it does the lookup once by construction).
        byte[] digest = SHA_256.get().digest(s.toString().getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    });
}
