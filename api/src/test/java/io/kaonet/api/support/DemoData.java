package io.kaonet.api.support;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.demo.DemoNetworkGenerator;
import io.kaonet.importers.demo.DemoNetworkParameters;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo network as generated, and graphs of it built here, without Neo4j or the projection
 * reader: what the API answers must equal what the core computes on these.
 */
public final class DemoData {

    /** The demo batch, generated once. */
    public static final NetworkBatch DEMO = new DemoNetworkGenerator(DemoNetworkParameters.defaults()).generate().batch();

    private DemoData() {
    }

    /** The whole demo network as it stands on {@code day}: every actor, memberships and ties valid that day. */
    public static CollaborationGraph asOf(LocalDate day) {
        return graph(Scope.ALL.withAsOf(day));
    }

    /**
     * The demo network of a scope that restricts only dates: every actor (the projection keeps
     * actors whatever the dates), the memberships and ties whose validity overlaps the scope's dates.
     */
    public static CollaborationGraph graph(Scope dates) {
        CollaborationGraph.Builder b = CollaborationGraph.builder();
        List<Actor> actors = DEMO.actors().stream().sorted(Comparator.comparing(Actor::id)).toList();
        for (Actor a : actors) {
            int u = b.addNode(a.id(), a.name(), a.kind());
            b.attributes(u, a.industry(), a.region(), a.country(), a.sme());
        }
        for (Membership m : DEMO.memberships()) {
            if (dates.overlaps(m.since(), m.until())) {
                b.member(b.indexOf(m.actorId()).orElseThrow(), m.clusterId());
            }
        }
        for (Tie t : DEMO.ties()) {
            if (dates.overlaps(t.since(), t.until())) {
                b.addTie(b.indexOf(t.sourceId()).orElseThrow(), b.indexOf(t.targetId()).orElseThrow(), t.kind(),
                        t.weight(), t.since());
            }
        }
        return b.build();
    }

    /** The unordered pairs of actors with a tie valid on some day of the scope's dates, as "a|b" with a &lt; b. */
    public static Set<String> pairs(Scope dates) {
        Set<String> out = new HashSet<>();
        for (Tie t : DEMO.ties()) {
            if (dates.overlaps(t.since(), t.until())) {
                out.add(pair(t.sourceId(), t.targetId()));
            }
        }
        return out;
    }

    /** "a|b" with the ids in order. */
    public static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
