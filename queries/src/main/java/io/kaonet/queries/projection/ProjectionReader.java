package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads a {@link Scope} from Neo4j into an immutable {@link CollaborationGraph}, in one read
 * transaction (so the graph is one consistent snapshot).
 *
 * <p>Actors are numbered in id order. An actor is kept when its kind and region are in scope and,
 * if clusters are given, it is a member of one of them at some time in the scope's dates. A tie is
 * kept when its kind is in scope, both ends are kept and its validity overlaps the scope's dates.
 * With {@code includeActivities}, every activity overlapping the dates joins each pair of its kept
 * participants by a {@link TieKind#CO_PARTICIPATION} tie weighted 1 ({@code COUNT}) or 1/(n−1)
 * ({@code NEWMAN}, n = all participants of the activity).
 */
public final class ProjectionReader {

    private static final String DATES = """
            ($end IS NULL OR %1$s IS NULL OR %1$s <= $end) AND ($start IS NULL OR %2$s IS NULL OR %2$s >= $start)
            """;
    private static final String ACTORS = """
            MATCH (a:Actor)
            WHERE ($kinds = [] OR a.kind IN $kinds)
              AND ($regions = [] OR a.region IN $regions)
              AND ($clusters = [] OR EXISTS {
                    MATCH (a)-[m:MEMBER_OF]->(c:Cluster) WHERE c.id IN $clusters AND %s })
            RETURN a.id AS id, a.name AS name, a.kind AS kind, a.industry AS industry, a.region AS region,
                   a.country AS country, a.sme AS sme, a.technologies AS technologies, a.offers AS offers,
                   a.seeks AS seeks,
                   [(a)-[m:MEMBER_OF]->(c:Cluster) WHERE %s | c.id] AS clusters
            ORDER BY a.id
            """.formatted(DATES.formatted("m.since", "m.until"), DATES.formatted("m.since", "m.until"));
    private static final String TIES = """
            MATCH (a:Actor)-[r]->(b:Actor)
            WHERE type(r) IN $types AND %s
            RETURN a.id AS source, b.id AS target, type(r) AS kind, r.weight AS weight, r.since AS since
            """.formatted(DATES.formatted("r.since", "r.until"));
    private static final String ACTIVITIES = """
            MATCH (x:Activity)<-[:PARTICIPATES_IN]-(a:Actor)
            WHERE %s
            WITH x, collect(DISTINCT a.id) AS members
            RETURN x.start AS start, members ORDER BY x.id
            """.formatted(DATES.formatted("x.start", "x.end"));

    private final Neo4jConnection connection;

    /** @param connection the database to read */
    public ProjectionReader(Neo4jConnection connection) {
        this.connection = connection;
    }

    /** Reads the scope's graph. O(actors + ties in the store) work on the server, one transaction. */
    public CollaborationGraph read(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("kinds", scope.actorKinds().stream().map(ActorKind::name).toList());
        params.put("regions", List.copyOf(scope.regions()));
        params.put("clusters", List.copyOf(scope.clusterIds()));
        params.put("start", scope.windowStart());
        params.put("end", scope.windowEnd());
        List<String> types = new ArrayList<>();
        for (TieKind kind : TieKind.values()) {
            if (kind.storable() && scope.keepsTieKind(kind)) {
                types.add(kind.name());
            }
        }
        params.put("types", types);
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> build(tx, scope, params));
        }
    }

    private static CollaborationGraph build(TransactionContext tx, Scope scope, Map<String, Object> params) {
        CollaborationGraph.Builder b = CollaborationGraph.builder();
        tx.run(ACTORS, params).forEachRemaining(r -> {
            int u = b.addNode(r.get("id").asString(), r.get("name").asString(null),
                    ActorKind.valueOf(r.get("kind").asString()));
            b.attributes(u, r.get("industry").asString(null), r.get("region").asString(null),
                    r.get("country").asString(null), r.get("sme").isNull() ? null : r.get("sme").asBoolean());
            b.keywords(u, strings(r.get("technologies")), strings(r.get("offers")), strings(r.get("seeks")));
            for (Value c : r.get("clusters").values()) {
                b.member(u, c.asString());
            }
        });
        tx.run(TIES, params).forEachRemaining(r -> {
            Integer u = b.indexOf(r.get("source").asString()).orElse(null);
            Integer v = b.indexOf(r.get("target").asString()).orElse(null);
            if (u != null && v != null) {
                LocalDate since = r.get("since").isNull() ? null : r.get("since").asLocalDate();
                double weight = r.get("weight").isNull() ? 1.0 : r.get("weight").asDouble();
                b.addTie(u, v, TieKind.valueOf(r.get("kind").asString()), weight, since);
            }
        });
        if (scope.includeActivities()) {
            tx.run(ACTIVITIES, params).forEachRemaining(r -> {
                List<String> members = r.get("members").asList(Value::asString);
                LocalDate start = r.get("start").isNull() ? null : r.get("start").asLocalDate();
                double weight = scope.weighting() == CoParticipationWeighting.NEWMAN && members.size() > 1
                        ? 1.0 / (members.size() - 1) : 1.0;
                List<Integer> kept = new ArrayList<>();
                for (String id : members) {
                    b.indexOf(id).ifPresent(kept::add);
                }
                for (int i = 0; i < kept.size(); i++) {
                    for (int j = i + 1; j < kept.size(); j++) {
                        b.addTie(kept.get(i), kept.get(j), TieKind.CO_PARTICIPATION, weight, start);
                    }
                }
            });
        }
        return b.build();
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
