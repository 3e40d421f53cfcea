package io.kaonet.queries.reads;

import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.queries.connection.Neo4jConnection;
import java.util.ArrayList;
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

    /** Every cluster with its current member count, in id order. */
    public List<ClusterSummary> all() {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                List<ClusterSummary> out = new ArrayList<>();
                tx.run("""
                        MATCH (c:Cluster)
                        RETURN c, COUNT { (c)<-[:MEMBER_OF]-(:Actor) } AS members
                        ORDER BY c.id
                        """).forEachRemaining(r -> out.add(new ClusterSummary(toCluster(r.get("c")),
                        r.get("members").asLong())));
                return out;
            });
        }
    }

    /** The ids of the clusters each of these actors belongs to (any date), keyed by actor id. One query. */
    public Map<String, List<String>> clusterIdsOf(Collection<String> actorIds) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                Map<String, List<String>> out = new HashMap<>();
                tx.run("""
                        UNWIND $ids AS id
                        MATCH (a:Actor {id: id})-[:MEMBER_OF]->(c:Cluster)
                        RETURN id, collect(DISTINCT c.id) AS clusters
                        """, Map.of("ids", List.copyOf(actorIds)))
                        .forEachRemaining(r -> out.put(r.get("id").asString(),
                                r.get("clusters").asList(Value::asString)));
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

    /**
     * A cluster and how many actors are (or were) its members.
     *
     * @param cluster the cluster
     * @param members member count over all dates
     */
    public record ClusterSummary(Cluster cluster, long members) {
    }
}
