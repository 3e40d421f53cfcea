package io.kaonet.queries.reads;

import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.queries.connection.Neo4jConnection;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Reads clusters and memberships. */
public final class ClusterQueries {

    private final Neo4jConnection connection;

    /** @param connection the database to read */
    public ClusterQueries(Neo4jConnection connection) {
        this.connection = connection;
    }

    /** Every cluster, in id order. */
    public List<Cluster> all() {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run("MATCH (c:Cluster) RETURN c ORDER BY c.id")
                    .list(r -> toCluster(r.get("c"))));
        }
    }

    /** How many actors are (or were) members of each of these clusters, keyed by cluster id. One query. */
    public Map<String, Long> memberCounts(Collection<String> clusterIds) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                Map<String, Long> out = new HashMap<>();
                tx.run("""
                        UNWIND $ids AS id
                        MATCH (c:Cluster {id: id})
                        RETURN id, COUNT { (c)<-[:MEMBER_OF]-(:Actor) } AS members
                        """, Map.of("ids", List.copyOf(clusterIds)))
                        .forEachRemaining(r -> out.put(r.get("id").asString(), r.get("members").asLong()));
                return out;
            });
        }
    }

    /**
     * The clusters each of these actors belongs to (at any date), in id order, keyed by actor id;
     * actors without clusters are absent. One query.
     */
    public Map<String, List<Cluster>> clustersOf(Collection<String> actorIds) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                Map<String, List<Cluster>> out = new HashMap<>();
                tx.run("""
                        UNWIND $ids AS id
                        MATCH (a:Actor {id: id})-[:MEMBER_OF]->(c:Cluster)
                        WITH id, c ORDER BY c.id
                        RETURN id, collect(DISTINCT c) AS clusters
                        """, Map.of("ids", List.copyOf(actorIds)))
                        .forEachRemaining(r -> out.put(r.get("id").asString(),
                                r.get("clusters").asList(ClusterQueries::toCluster)));
                return out;
            });
        }
    }

    static Cluster toCluster(Value node) {
        String type = node.get("type").asString(null);
        return new Cluster(node.get("id").asString(), node.get("name").asString(), node.get("region").asString(null),
                node.get("country").asString(null), type == null ? null : ClusterType.valueOf(type),
                node.get("description").asString(null));
    }
}
