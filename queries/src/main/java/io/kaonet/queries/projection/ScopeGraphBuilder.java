package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.List;

/**
 * What both ways of reading a scope (Bolt and the Java API) do with the rows they read, so that
 * they build the same graph: actors first, in id order, then ties whose two ends were kept, then
 * each activity's pairs of kept participants.
 */
final class ScopeGraphBuilder {

    private final Scope scope;
    private final CollaborationGraph.Builder builder = CollaborationGraph.builder();

    ScopeGraphBuilder(Scope scope) {
        this.scope = scope;
    }

    /** Adds a kept actor (callers add them in id order) and returns its index. */
    int actor(String id, String name, ActorKind kind, String industry, String region, String country, Boolean sme,
              List<String> technologies, List<String> offers, List<String> seeks, Iterable<String> clusters) {
        int u = builder.addNode(id, name, kind);
        builder.attributes(u, industry, region, country, sme);
        builder.keywords(u, technologies, offers, seeks);
        for (String c : clusters) {
            builder.member(u, c);
        }
        return u;
    }

    /** Adds a tie between two kept actors' indexes; a null weight counts as 1. */
    void tie(int source, int target, TieKind kind, Number weight, LocalDate since) {
        builder.addTie(source, target, kind, weight == null ? 1.0 : weight.doubleValue(), since);
    }

    /** Adds a tie by the ids of its ends, unless an end is not kept. */
    void tie(String source, String target, TieKind kind, Number weight, LocalDate since) {
        Integer u = builder.indexOf(source).orElse(null);
        Integer v = builder.indexOf(target).orElse(null);
        if (u != null && v != null) {
            tie(u, v, kind, weight, since);
        }
    }

    /**
     * Joins each pair of an activity's kept participants by a co-participation tie weighted 1, or
     * 1/(n−1) with Newman's weighting (n = all participants, kept or not).
     */
    void activity(List<String> participants, LocalDate start) {
        double weight = scope.weighting() == CoParticipationWeighting.NEWMAN && participants.size() > 1
                ? 1.0 / (participants.size() - 1) : 1.0;
        int[] kept = new int[participants.size()];
        int k = 0;
        for (String id : participants) {
            Integer u = builder.indexOf(id).orElse(null);
            if (u != null) {
                kept[k++] = u;
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                builder.addTie(kept[i], kept[j], TieKind.CO_PARTICIPATION, weight, start);
            }
        }
    }

    CollaborationGraph build() {
        return builder.build();
    }
}
