package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Reads a scope through the Bolt driver with {@link ScopeCypher}'s statements: the way to an external server. */
final class DriverRead {

    private DriverRead() {
    }

    /**
     * Reads what {@code cypher} selects (the whole scope, or a patch's actors and the ties and
     * activities around them) into {@code b}, and builds.
     */
    static CollaborationGraph read(TransactionContext tx, ScopeGraphBuilder b, ScopeCypher cypher, boolean activities) {
        Map<String, Object> params = cypher.parameters();
        tx.run(cypher.actors(), params).forEachRemaining(r -> b.actor(new ScopeGraphBuilder.ActorRow(
                r.get("id").asString(), r.get("name").asString(null), ActorKind.valueOf(r.get("kind").asString()),
                r.get("industry").asString(null), r.get("region").asString(null), r.get("country").asString(null),
                r.get("sme").isNull() ? null : r.get("sme").asBoolean(), strings(r.get("technologies")),
                strings(r.get("offers")), strings(r.get("seeks")), r.get("clusters").asList(Value::asString))));
        b.actorsDone();
        String ties = cypher.ties();
        if (ties != null) {
            tx.run(ties, params).forEachRemaining(r -> b.tie(
                    r.containsKey("from") ? r.get("from").asString() : r.get("source").asString(), r.get("source").asString(),
                    r.get("target").asString(), TieKind.valueOf(r.get("kind").asString()),
                    r.get("weight").isNull() ? null : r.get("weight").asDouble(),
                    r.get("since").isNull() ? null : r.get("since").asLocalDate()));
        }
        if (activities) {
            tx.run(cypher.activities(), params).forEachRemaining(r -> b.activity(
                    r.get("members").asList(Value::asString),
                    r.get("start").isNull() ? null : r.get("start").asLocalDate()));
        }
        return b.build();
    }

    /** The data version as stored, read in the same transaction as the graph. */
    static long version(TransactionContext tx) {
        return tx.run("OPTIONAL MATCH (m:KaonetMeta {id: 'kaonet'}) RETURN coalesce(m.version, 0) AS v")
                .single().get("v").asLong();
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
