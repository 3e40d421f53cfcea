package io.kaonet.queries.writes;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Cypher inside one write transaction: the writers' only way to the store, so that the same
 * parameterised statements run through the Bolt driver ({@link #of(TransactionContext)}) or, for the
 * embedded database, through Neo4j's Java API in this process ({@link EmbeddedStatements}). Which of
 * the two a writer uses is its {@link WriteAccess}.
 *
 * <p>Parameters are plain Java values as the driver takes them (strings, numbers, booleans, dates,
 * lists, maps, the driver's points); rows come back as plain Java values as well (whole numbers as
 * {@code Long}, lists as {@code List}), whichever way ran the statement.
 */
interface Statements {

    /** Runs a statement to its end and returns all its rows and how many nodes and relationships it created. */
    Answer run(String cypher, Map<String, Object> parameters);

    /** Runs a statement without parameters. */
    default Answer run(String cypher) {
        return run(cypher, Map.of());
    }

    /** A row's list of strings (empty when null). */
    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? List.of() : (List<String>) value;
    }

    /** Statements of a driver transaction (the way to an external server). */
    static Statements of(TransactionContext tx) {
        return (cypher, parameters) -> {
            Result result = tx.run(cypher, parameters);
            List<Map<String, Object>> rows = result.list(Record::asMap);
            SummaryCounters counters = result.consume().counters();
            return new Answer(rows, counters.nodesCreated() + counters.relationshipsCreated());
        };
    }

    /**
     * What a statement returned.
     *
     * @param rows    every row, column name to value
     * @param created nodes and relationships the statement created
     */
    record Answer(List<Map<String, Object>> rows, long created) {

        /** The one row's value of a column that holds a whole number. */
        long longOf(String column) {
            if (rows.size() != 1) {
                throw new IllegalStateException("expected one row, got " + rows.size());
            }
            return ((Number) rows.get(0).get(column)).longValue();
        }

        /** Whether the statement returned any row. */
        boolean hasRows() {
            return !rows.isEmpty();
        }
    }
}
