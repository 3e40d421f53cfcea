package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.ChangeLog;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Reads a {@link Scope} from Neo4j into an immutable {@link CollaborationGraph}, in one read
 * transaction (so the graph is one consistent snapshot), reading only the scope's actors and ties.
 *
 * <p>Actors are numbered in id order. An actor is kept when its kind, region and country are in
 * scope, when it exists by the scope's end ({@link Scope#existed}: founded by then or, with no
 * founding year, first recorded by then) and, if clusters are given, when it is a member of one of
 * them at some time in the scope's dates. A tie is kept when its kind is in scope, both ends are
 * kept and its validity overlaps the scope's dates. With {@code includeActivities}, every activity
 * overlapping the dates joins each pair of its kept participants by a {@link TieKind#CO_PARTICIPATION}
 * tie weighted 1 ({@code COUNT}) or 1/(n−1) ({@code NEWMAN}, n = all participants of the activity).
 *
 * <p>Two ways to read, one result: through Bolt with Cypher that carries the scope
 * ({@link Access#DRIVER}, the only way to an external server), or, for the embedded database,
 * through Neo4j's Java API ({@link Access#JAVA_API}), which skips query planning and Bolt's encoding.
 * Clusters, regions and countries the store does not hold are refused before anything is read.
 */
public final class ProjectionReader {

    /** How the store is read. */
    public enum Access {
        /** Cypher through the Bolt driver: works against any server. */
        DRIVER,
        /** Neo4j's Java API inside this process: only for the embedded database. */
        JAVA_API
    }

    /** Touched actors that are always patched, however small the base. */
    static final int PATCH_MIN = 1_000;

    private final Neo4jConnection connection;
    private final Access access;
    private final int scanThreads;

    /** Reads through the Java API when the database is embedded, else through the driver. */
    public ProjectionReader(Neo4jConnection connection) {
        this(connection, connection.embedded() ? Access.JAVA_API : Access.DRIVER);
    }

    /**
     * @throws IllegalArgumentException when asked for the Java API on an external server
     */
    public ProjectionReader(Neo4jConnection connection, Access access) {
        this(connection, access, 0);
    }

    /**
     * As {@link #ProjectionReader(Neo4jConnection, Access)}, with the Java API's scan of a whole store
     * on {@code scanThreads} threads (0: one for a small store, one per core for a large one); tests
     * use it to run the parallel scan on a small store.
     */
    ProjectionReader(Neo4jConnection connection, Access access, int scanThreads) {
        if (scanThreads < 0) {
            throw new IllegalArgumentException("scanThreads must not be negative, was " + scanThreads);
        }
        this.scanThreads = scanThreads;
        this.connection = Objects.requireNonNull(connection, "connection must not be null");
        this.access = Objects.requireNonNull(access, "access must not be null");
        if (access == Access.JAVA_API && !connection.embedded()) {
            throw new IllegalArgumentException("the Java API reaches only the embedded database, not " + connection.uri());
        }
    }

    /** How this reader reads. */
    public Access access() {
        return access;
    }

    /** A scope's graph and the data version it was read at (in the same transaction). */
    public record Snapshot(CollaborationGraph graph, long version, boolean patched) {
        /** @throws NullPointerException if graph is null */
        public Snapshot {
            Objects.requireNonNull(graph, "graph must not be null");
        }
    }

    /**
     * Reads the scope's graph. O(kept actors + their ties and activities) on the server, plus a
     * check of the scope's clusters, regions and countries by index.
     *
     * @throws UnknownScopeValueException when the scope names a cluster, region or country not stored
     */
    public CollaborationGraph read(Scope scope) {
        return snapshot(scope).graph();
    }

    /** As {@link #read}, with the data version the graph was read at. */
    public Snapshot snapshot(Scope scope) {
        return update(scope, null);
    }

    /**
     * The scope's graph at the current data version, from {@code base} (an earlier snapshot of the
     * same scope) when the change log tells which actors changed since: then only those actors, their
     * ties and activities are read, and the untouched rest is copied from the base. The result equals
     * a full read (a test holds it so). Falls back to a full read when the log cannot tell (a
     * version with no or a full record, e.g. a write by someone else's Cypher) or when the touched
     * actors are more than a fifth of the base's.
     *
     * @param base an earlier snapshot of this scope, or null for a full read
     * @throws UnknownScopeValueException when the scope names a cluster, region or country not stored
     */
    public Snapshot update(Scope scope, Snapshot base) {
        Objects.requireNonNull(scope, "scope must not be null");
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            if (access == Access.DRIVER) {
                return session.executeRead(tx -> {
                    ScopeValues.check(tx, scope);
                    long version = DriverRead.version(tx);
                    Set<String> touched = base == null ? null
                            : usable(base, ChangeLog.touched(tx, base.version(), version).orElse(null));
                    if (base != null && touched != null && touched.isEmpty()) {
                        return new Snapshot(base.graph(), version, true);
                    }
                    ScopeGraphBuilder b = touched == null ? ScopeGraphBuilder.full(scope)
                            : ScopeGraphBuilder.patch(scope, base.graph(), touched);
                    CollaborationGraph graph = DriverRead.read(tx, b, new ScopeCypher(scope, touched),
                            scope.includeActivities());
                    return new Snapshot(graph, version, touched != null);
                });
            }
            session.executeRead(tx -> {
                ScopeValues.check(tx, scope);
                return null;
            });
        }
        GraphDatabaseService db = connection.embeddedDatabase().orElseThrow();
        try (Transaction tx = db.beginTx()) {
            long version = JavaApiRead.version(tx);
            Set<String> touched = base == null ? null
                    : usable(base, JavaApiRead.touched(tx, base.version(), version).orElse(null));
            if (base != null && touched != null && touched.isEmpty()) {
                return new Snapshot(base.graph(), version, true);
            }
            ScopeGraphBuilder b = touched == null ? ScopeGraphBuilder.full(scope)
                    : ScopeGraphBuilder.patch(scope, base.graph(), touched);
            return new Snapshot(JavaApiRead.read(tx, scope, touched, b, scanThreads), version, touched != null);
        }
    }

    /** The touched actors when patching is worth it (known, and at most a fifth of the base's actors), else null. */
    private static Set<String> usable(Snapshot base, Set<String> touched) {
        if (touched == null || touched.size() > Math.max(PATCH_MIN, base.graph().nodeCount() / 5)) {
            return null;
        }
        return touched;
    }
}
