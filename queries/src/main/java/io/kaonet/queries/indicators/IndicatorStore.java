package io.kaonet.queries.indicators;

import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.DataVersion;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Evaluation indicators in Neo4j: {@code (:Cluster)-[:HAS_INDICATOR]->(:Indicator)}, one indicator
 * node per cluster, area, name and period, merged on its {@link Indicator#key() key} (unique).
 *
 * <p>Writes are all-or-nothing in one transaction: every cluster named must exist, or nothing is
 * written. An indicator whose value, unit and source are unchanged is not written again, so
 * importing the same file twice changes nothing; when anything changed, the data version moves on
 * in the same transaction, as {@link io.kaonet.queries.writes.NetworkWriter} does. All Cypher is
 * parameterised.
 */
public final class IndicatorStore {

    /** Relationship type from a cluster to its indicators. */
    public static final String HAS_INDICATOR = "HAS_INDICATOR";
    /** Rows per {@code UNWIND} statement. */
    public static final int BATCH_ROWS = 5_000;

    private static final String MISSING_CLUSTERS = """
            UNWIND $ids AS id
            OPTIONAL MATCH (c:Cluster {id: id})
            WITH id, c WHERE c IS NULL
            RETURN id ORDER BY id
            """;
    private static final String MERGE = """
            UNWIND $rows AS row
            MATCH (c:Cluster {id: row.cluster})
            MERGE (i:Indicator {key: row.key})
            WITH c, i, row WHERE i.hash IS NULL OR i.hash <> row.hash
            SET i += row.props, i.hash = row.hash
            MERGE (c)-[:HAS_INDICATOR]->(i)
            RETURN count(i) AS changed
            """;
    private static final String FOR_PERIOD = """
            MATCH (c:Cluster)-[:HAS_INDICATOR]->(i:Indicator {period: $period})
            RETURN c.id AS cluster, i.area AS area, i.name AS name, i.period AS period, i.value AS value,
                   i.unit AS unit, i.source AS source
            ORDER BY cluster, area, name
            """;

    private final Neo4jConnection connection;

    /** @param connection the database */
    public IndicatorStore(Neo4jConnection connection) {
        this.connection = connection;
    }

    /** Creates the uniqueness constraint on indicator keys if it does not exist yet. */
    public static void installSchema(Neo4jConnection connection) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            session.run("CREATE CONSTRAINT indicator_key IF NOT EXISTS FOR (i:Indicator) REQUIRE i.key IS UNIQUE")
                    .consume();
            session.run("CREATE INDEX indicator_period IF NOT EXISTS FOR (i:Indicator) ON (i.period)").consume();
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }

    /**
     * Writes indicators in one transaction.
     *
     * @return how many were offered and changed, and the data version after the write
     * @throws UnknownClustersException if an indicator names a cluster that is not stored; nothing is written
     */
    public IndicatorWriteSummary write(List<Indicator> indicators) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeWrite(tx -> writeIn(tx, indicators));
        }
    }

    private static IndicatorWriteSummary writeIn(TransactionContext tx, List<Indicator> indicators) {
        List<String> clusters = List.copyOf(new TreeSet<>(indicators.stream().map(Indicator::clusterId).toList()));
        List<String> missing = tx.run(MISSING_CLUSTERS, Map.of("ids", clusters)).list(r -> r.get("id").asString());
        if (!missing.isEmpty()) {
            throw new UnknownClustersException(missing);
        }
        List<Map<String, Object>> rows = indicators.stream().map(IndicatorStore::row).toList();
        long changed = 0;
        for (int from = 0; from < rows.size(); from += BATCH_ROWS) {
            List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH_ROWS));
            changed += tx.run(MERGE, Map.of("rows", chunk)).single().get("changed").asLong();
        }
        // Indicators are in no projection: the write touches no actor.
        long version = DataVersion.afterWrite(tx, changed > 0, java.util.List.of());
        return new IndicatorWriteSummary(indicators.size(), changed, version);
    }

    /** Every indicator of a period (a canonical year label), by cluster, area and name. */
    public List<Indicator> forPeriod(String period) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run(FOR_PERIOD, Map.of("period", period)).list(IndicatorStore::toIndicator));
        }
    }

    /** The periods that have indicators, in label order. */
    public List<String> periods() {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run("MATCH (i:Indicator) RETURN DISTINCT i.period AS p ORDER BY p")
                    .list(r -> r.get("p").asString()));
        }
    }

    /**
     * Deletes the indicators with these keys, in one transaction, and moves the data version on
     * when any was deleted.
     *
     * @return how many were deleted
     */
    public long delete(Collection<String> keys) {
        return DataVersion.deleteNodes(connection, "Indicator", "key", keys);
    }

    private static Indicator toIndicator(Record r) {
        return new Indicator(r.get("cluster").asString(), EvaluationArea.valueOf(r.get("area").asString()),
                r.get("name").asString(), r.get("period").asString(), r.get("value").asDouble(),
                r.get("unit").asString(null), r.get("source").asString(null));
    }

    private static Map<String, Object> row(Indicator i) {
        Map<String, Object> props = new TreeMap<>();
        props.put("area", i.area().name());
        props.put("name", i.name());
        props.put("period", i.period());
        props.put("value", i.value());
        props.put("unit", i.unit());
        props.put("source", i.source());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", i.key());
        row.put("cluster", i.clusterId());
        row.put("hash", DataVersion.contentHash(i.key(), props));
        row.put("props", props);
        return row;
    }
}
