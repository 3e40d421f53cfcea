package io.kaonet.queries.writes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.Values;

/**
 * {@link Statements} of a transaction of the embedded database, through Neo4j's Java API
 * ({@code Transaction.execute}): the same Cypher as through the driver, with no Bolt encoding on
 * either side. Parameters are turned into the values Neo4j would have stored had they come through
 * Bolt, so that both ways store the same: {@code Integer}, {@code Short} and {@code Byte} become
 * {@code Long} (Bolt has only 64-bit integers; the Java API would store an {@code int}), {@code Float}
 * becomes {@code Double}, the driver's points become Neo4j's, and collections become lists. Maps and
 * lists are copied only when something in them changes, so the usual rows (strings, longs, doubles,
 * dates) pass as they are.
 */
final class EmbeddedStatements implements Statements {

    private final Transaction tx;

    EmbeddedStatements(Transaction tx) {
        this.tx = tx;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Answer run(String cypher, Map<String, Object> parameters) {
        try (Result result = tx.execute(cypher, (Map<String, Object>) javaApi(parameters))) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.hasNext()) {
                rows.add(result.next());
            }
            QueryStatistics statistics = result.getQueryStatistics();
            return new Answer(rows, statistics.getNodesCreated() + statistics.getRelationshipsCreated());
        }
    }

    /** A parameter as the Java API takes it and stores it as a Bolt parameter would be stored; the same object when nothing changes. */
    static Object javaApi(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof org.neo4j.driver.types.Point p) {
            return Double.isNaN(p.z())
                    ? Values.pointValue(CoordinateReferenceSystem.get(p.srid()), p.x(), p.y())
                    : Values.pointValue(CoordinateReferenceSystem.get(p.srid()), p.x(), p.y(), p.z());
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof List<?> list) {
            return list(list);
        }
        if (value instanceof Collection<?> collection) {
            return list(new ArrayList<>(collection));
        }
        return value;
    }

    private static Map<?, ?> map(Map<?, ?> map) {
        Map<Object, Object> copy = null;
        for (var e : map.entrySet()) {
            Object converted = javaApi(e.getValue());
            if (converted != e.getValue() && copy == null) {
                copy = new HashMap<>(map);
            }
            if (copy != null) {
                copy.put(e.getKey(), converted);
            }
        }
        return copy == null ? map : copy;
    }

    private static List<?> list(List<?> list) {
        List<Object> copy = null;
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            Object converted = javaApi(element);
            if (converted != element && copy == null) {
                copy = new ArrayList<>(list);
            }
            if (copy != null) {
                copy.set(i, converted);
            }
        }
        return copy == null ? list : copy;
    }
}
