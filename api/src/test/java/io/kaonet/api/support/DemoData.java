package io.kaonet.api.support;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.matchmaking.backtest.BatchProjection;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Scope;
import io.kaonet.importers.demo.DemoNetworkGenerator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The demo network as generated, and graphs of it built here, without Neo4j or the projection
 * reader: what the API answers must equal what the core computes on these.
 */
public final class DemoData {

    /** The demo batch, generated once. */
    public static final NetworkBatch DEMO = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).generate().batch();

    private DemoData() {
    }

    /** The whole demo network as it stands on {@code day}: every actor, memberships and ties valid that day. */
    public static CollaborationGraph asOf(LocalDate day) {
        return graph(Scope.ALL.withAsOf(day));
    }

    /**
     * The demo network of a scope that restricts only dates, built in memory by the projection's
     * rules ({@link BatchProjection}): the actors that exist by the scope's end (founded, or first
     * recorded, by then), the memberships and ties whose validity overlaps the scope's dates.
     */
    public static CollaborationGraph graph(Scope dates) {
        return new BatchProjection(DEMO).graph(dates);
    }

    /** The unordered pairs of actors joined in {@link #graph} of the scope, as "a|b" with a &lt; b. */
    public static Set<String> pairs(Scope dates) {
        CollaborationGraph g = graph(dates);
        Set<String> out = new HashSet<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            out.add(pair(g.id(g.edgeLow(e)), g.id(g.edgeHigh(e))));
        }
        return out;
    }

    /** "a|b" with the ids in order. */
    public static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
