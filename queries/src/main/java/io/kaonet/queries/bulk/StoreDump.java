package io.kaonet.queries.bulk;

import io.kaonet.queries.connection.Neo4jConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * A canonical text dump of a store, for telling whether two stores hold the same graph: one line
 * per node (labels and properties), per relationship (type, both ends by their labels and id, and
 * properties), per constraint and per index, each value with its stored type, all lines sorted.
 * Timestamps ({@code startedAt}, {@code updatedAt}: when, not what) show only their type, and the
 * change log's records ({@code (:KaonetChange)}, a hint for caches that says which actors each
 * version touched, or that it touched too many to say) show only their version: they are not data,
 * and a first load records full changes where batches name their actors.
 *
 * <p>It reads the whole store into memory: for tests and checks of small and medium stores.
 */
public final class StoreDump {

    private StoreDump() {
    }

    /** The sorted lines of the store's dump. */
    public static List<String> of(Neo4jConnection connection) {
        List<String> lines = new ArrayList<>();
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            session.executeRead(tx -> {
                tx.run("MATCH (n) WHERE NOT n:KaonetChange RETURN labels(n) AS labels, properties(n) AS props")
                        .forEachRemaining(r -> lines.add("node " + labels(r.get("labels")) + " " + properties(r.get("props"))));
                tx.run("MATCH (c:KaonetChange) RETURN c.version AS version").forEachRemaining(r ->
                        lines.add("change log record of version " + r.get("version")));
                tx.run("""
                        MATCH (a)-[r]->(b)
                        RETURN type(r) AS type, labels(a) AS aLabels, a.id AS a, labels(b) AS bLabels, b.id AS b,
                               properties(r) AS props
                        """).forEachRemaining(r -> lines.add("relationship " + r.get("type").asString() + " ("
                        + labels(r.get("aLabels")) + " " + r.get("a") + ") -> (" + labels(r.get("bLabels")) + " "
                        + r.get("b") + ") " + properties(r.get("props"))));
                return null;
            });
            session.run("SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties")
                    .forEachRemaining(r -> lines.add("constraint " + columns(r)));
            session.run("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint")
                    .forEachRemaining(r -> lines.add("index " + columns(r)));
        }
        lines.sort(null);
        return lines;
    }

    private static String labels(Value labels) {
        return String.join(":", labels.asList(Value::asString).stream().sorted().toList());
    }

    private static String properties(Value props) {
        Map<String, String> sorted = new TreeMap<>();
        for (String key : props.keys()) {
            Value v = props.get(key);
            boolean timestamp = v.hasType(TypeSystem.getDefault().DATE_TIME());
            sorted.put(key, v.type().name() + ":" + (timestamp ? "…" : v.toString()));
        }
        return sorted.toString();
    }

    private static String columns(Record r) {
        List<String> values = new ArrayList<>();
        r.keys().forEach(k -> values.add(k + "=" + r.get(k)));
        return String.join(" ", values);
    }
}
