package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Reads a scope through the Bolt driver with {@link ScopeCypher}'s statements: the way to an external server. */
final class DriverRead {

    private DriverRead() {
    }

    static CollaborationGraph read(TransactionContext tx, Scope scope) {
        ScopeCypher cypher = new ScopeCypher(scope);
        Map<String, Object> params = cypher.parameters();
        ScopeGraphBuilder b = new ScopeGraphBuilder(scope);
        tx.run(cypher.actors(), params).forEachRemaining(r -> b.actor(r.get("id").asString(),
                r.get("name").asString(null), ActorKind.valueOf(r.get("kind").asString()),
                r.get("industry").asString(null), r.get("region").asString(null), r.get("country").asString(null),
                r.get("sme").isNull() ? null : r.get("sme").asBoolean(), strings(r.get("technologies")),
                strings(r.get("offers")), strings(r.get("seeks")), r.get("clusters").asList(Value::asString)));
        String ties = cypher.ties();
        if (ties != null) {
            tx.run(ties, params).forEachRemaining(r -> b.tie(r.get("source").asString(), r.get("target").asString(),
                    TieKind.valueOf(r.get("kind").asString()),
                    r.get("weight").isNull() ? null : r.get("weight").asDouble(),
                    r.get("since").isNull() ? null : r.get("since").asLocalDate()));
        }
        if (scope.includeActivities()) {
            tx.run(cypher.activities(), params).forEachRemaining(r -> b.activity(
                    r.get("members").asList(Value::asString),
                    r.get("start").isNull() ? null : r.get("start").asLocalDate()));
        }
        return b.build();
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
