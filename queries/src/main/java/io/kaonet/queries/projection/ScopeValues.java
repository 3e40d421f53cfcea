package io.kaonet.queries.projection;

import io.kaonet.core.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Checks that the clusters, regions and countries a scope names are stored, by index lookups (one
 * statement); only when one is not does it read the known values to name the nearest ones (by
 * edit distance, case ignored).
 */
final class ScopeValues {

    /** Known values named at most in an error. */
    static final int NEAREST = 3;

    private static final String MISSING = """
            RETURN [id IN $clusters WHERE NOT EXISTS { MATCH (c:Cluster) WHERE c.id = id }] AS clusters,
                   [r IN $regions WHERE NOT EXISTS { MATCH (a:Actor) WHERE a.region = r }] AS regions,
                   [c IN $countries WHERE NOT EXISTS { MATCH (a:Actor) WHERE a.country = c }] AS countries
            """;
    private static final Map<UnknownScopeValueException.Field, String> KNOWN = Map.of(
            UnknownScopeValueException.Field.CLUSTER_IDS, "MATCH (c:Cluster) RETURN c.id AS value",
            UnknownScopeValueException.Field.REGIONS,
            "MATCH (a:Actor) WHERE a.region IS NOT NULL RETURN DISTINCT a.region AS value",
            UnknownScopeValueException.Field.COUNTRIES,
            "MATCH (a:Actor) WHERE a.country IS NOT NULL RETURN DISTINCT a.country AS value");

    private ScopeValues() {
    }

    /** @throws UnknownScopeValueException naming the first unknown value (clusters, then regions, then countries) */
    static void check(TransactionContext tx, Scope scope) {
        if (scope.clusterIds().isEmpty() && scope.regions().isEmpty() && scope.countries().isEmpty()) {
            return;
        }
        var r = tx.run(MISSING, Map.of("clusters", scope.clusterIds().stream().sorted().toList(),
                "regions", scope.regions().stream().sorted().toList(),
                "countries", scope.countries().stream().sorted().toList())).single();
        fail(tx, UnknownScopeValueException.Field.CLUSTER_IDS, r.get("clusters").asList(Value::asString));
        fail(tx, UnknownScopeValueException.Field.REGIONS, r.get("regions").asList(Value::asString));
        fail(tx, UnknownScopeValueException.Field.COUNTRIES, r.get("countries").asList(Value::asString));
    }

    private static void fail(TransactionContext tx, UnknownScopeValueException.Field field, List<String> missing) {
        if (missing.isEmpty()) {
            return;
        }
        String value = missing.get(0);
        List<String> known = new ArrayList<>();
        tx.run(KNOWN.get(field)).forEachRemaining(k -> known.add(k.get("value").asString()));
        throw new UnknownScopeValueException(field, value, nearest(value, known));
    }

    /** The known values nearest to {@code value} by edit distance, case ignored; ties in alphabetical order. */
    static List<String> nearest(String value, List<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return known.stream()
                .sorted(Comparator.<String>comparingInt(k -> distance.apply(v, k.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(NEAREST)
                .toList();
    }
}
