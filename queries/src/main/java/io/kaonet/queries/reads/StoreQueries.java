package io.kaonet.queries.reads;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.DataVersion;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/** Facts about the store as a whole: its data version, its size, and which ids exist. */
public final class StoreQueries {

    /** The record kinds that ids can be looked up for. */
    public enum Label { Actor, Cluster, Activity }

    private final Neo4jConnection connection;

    /** @param connection the database to read */
    public StoreQueries(Neo4jConnection connection) {
        this.connection = connection;
    }

    /**
     * The data version: 0 for an empty store, then one more for every write that changed something.
     * Read from the store on every call, whoever wrote last (this process, another one through Bolt,
     * or other Kaonet servers sharing an external database): through Neo4j's Java API when the
     * database is embedded (an index lookup, a fraction of a Bolt round trip's CPU), else with Cypher
     * through the driver.
     */
    public long dataVersion() {
        Optional<GraphDatabaseService> embedded = connection.embeddedDatabase();
        if (embedded.isPresent()) {
            try (Transaction tx = embedded.get().beginTx()) {
                return DataVersion.current(tx);
            }
        }
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(DataVersion::current);
        }
    }

    /** Counts of stored records: actors, ties (all tie kinds), clusters, activities. */
    public Map<String, Long> counts() {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                var r = tx.run("""
                        RETURN COUNT { (:Actor) } AS actors,
                               COUNT { (:Actor)-[r]->(:Actor) WHERE type(r) IN $types } AS ties,
                               COUNT { (:Cluster) } AS clusters,
                               COUNT { (:Activity) } AS activities
                        """, Map.of("types", GraphSchema.tieTypes())).single();
                return Map.of("actors", r.get("actors").asLong(), "ties", r.get("ties").asLong(),
                        "clusters", r.get("clusters").asLong(), "activities", r.get("activities").asLong());
            });
        }
    }

    /** The subset of {@code ids} stored as records with this label. One query. */
    public Set<String> existing(Label label, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String cypher = switch (label) {
            case Actor -> "UNWIND $ids AS id MATCH (n:Actor {id: id}) RETURN n.id AS id";
            case Cluster -> "UNWIND $ids AS id MATCH (n:Cluster {id: id}) RETURN n.id AS id";
            case Activity -> "UNWIND $ids AS id MATCH (n:Activity {id: id}) RETURN n.id AS id";
        };
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                Set<String> out = new HashSet<>();
                tx.run(cypher, Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> out.add(r.get("id").asString()));
                return out;
            });
        }
    }
}
