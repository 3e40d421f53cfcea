package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What both ways of reading a scope (Bolt and the Java API) do with the rows they read, so that
 * they build the same graph: actors in id order, then ties whose two ends were kept, then each
 * activity's pairs of kept participants.
 *
 * <p>In patch mode ({@link #patch}) it brings an earlier projection of the same scope up to date
 * from the rows of the touched actors only: the base's actors that were not touched are copied with
 * the edges among them, the touched actors that are still in scope ("fresh") are added from their
 * rows, and of the ties and activities read around them only those with a fresh end are added. The
 * result equals a full read because nothing a projection derives from an untouched actor, or from a
 * pair of them, can change without touching one of them (see {@code ChangeLog}).
 */
final class ScopeGraphBuilder {

    private final Scope scope;
    private final CollaborationGraphBuilder builder = CollaborationGraph.builder();
    private final CollaborationGraph base;
    private final Set<String> touched;
    private final Set<String> fresh = new HashSet<>();
    private final List<ActorRow> pending = new ArrayList<>();

    private ScopeGraphBuilder(Scope scope, CollaborationGraph base, Set<String> touched) {
        this.scope = scope;
        this.base = base;
        this.touched = touched;
    }

    /** A builder for a full read. */
    static ScopeGraphBuilder full(Scope scope) {
        return new ScopeGraphBuilder(scope, null, Set.of());
    }

    /** A builder that updates {@code base} from the rows of the {@code touched} actors. */
    static ScopeGraphBuilder patch(Scope scope, CollaborationGraph base, Set<String> touched) {
        return new ScopeGraphBuilder(scope, base, Set.copyOf(touched));
    }

    /** An actor row as read. */
    record ActorRow(String id, String name, ActorKind kind, String industry, String region, String country,
                    Boolean sme, List<String> technologies, List<String> offers, List<String> seeks,
                    List<String> clusters) {
    }

    /** Adds a kept actor; in a full read callers add them in id order. */
    void actor(ActorRow row) {
        if (base != null) {
            pending.add(row);
            fresh.add(row.id());
        } else {
            add(row);
        }
    }

    private int add(ActorRow r) {
        int u = builder.addNode(r.id(), r.name(), r.kind());
        builder.attributes(u, r.industry(), r.region(), r.country(), r.sme());
        builder.keywords(u, r.technologies(), r.offers(), r.seeks());
        for (String c : r.clusters()) {
            builder.member(u, c);
        }
        return u;
    }

    /**
     * Ends the actors: in patch mode merges the base's untouched actors and the fresh ones in id
     * order and copies the edges among the untouched. Call once, before any tie.
     */
    void actorsDone() {
        if (base == null) {
            return;
        }
        pending.sort(Comparator.comparing(ActorRow::id));
        int[] map = new int[base.nodeCount()];
        Arrays.fill(map, -1);
        int next = 0;
        for (int u = 0; u < base.nodeCount(); u++) {
            String id = base.id(u);
            while (next < pending.size() && pending.get(next).id().compareTo(id) < 0) {
                add(pending.get(next++));
            }
            if (!touched.contains(id)) {
                map[u] = builder.copyNode(base, u);
            }
        }
        while (next < pending.size()) {
            add(pending.get(next++));
        }
        builder.copyEdges(base, map);
    }

    /** Records that the kept actor at index {@code u} is a member of a cluster (a full read, after its row). */
    void member(int u, String clusterId) {
        builder.member(u, clusterId);
    }

    /** The index of a kept actor, or -1. */
    int indexOf(String id) {
        return builder.indexOf(id).orElse(-1);
    }

    /** Adds a tie between two kept actors' indexes (a full read); a null weight counts as 1. */
    void tie(int source, int target, TieKind kind, Number weight, LocalDate since) {
        builder.addTie(source, target, kind, weight == null ? 1.0 : weight.doubleValue(), since);
    }

    /**
     * Adds a tie between two kept actors' indexes (a full read) with its start as an epoch day or
     * {@link CollaborationGraphBuilder#NO_DAY}: no object per tie.
     */
    void tie(int source, int target, TieKind kind, double weight, int sinceEpochDay) {
        builder.addTie(source, target, kind, weight, sinceEpochDay);
    }

    /**
     * Adds a tie read from the actor {@code from} (one of its ends) by its ends' ids, unless an end
     * is not kept. In patch mode a tie between two fresh actors is read from both; it is taken only
     * from its source, and a tie with no fresh end is already in the copied edges.
     */
    void tie(String from, String source, String target, TieKind kind, Number weight, LocalDate since) {
        if (base != null && (!fresh.contains(source) && !fresh.contains(target)
                || fresh.contains(source) && !from.equals(source))) {
            return;
        }
        int u = indexOf(source);
        int v = indexOf(target);
        if (u >= 0 && v >= 0) {
            tie(u, v, kind, weight, since);
        }
    }

    /**
     * Joins each pair of an activity's kept participants by a co-participation tie weighted 1, or
     * 1/(n−1) with Newman's weighting (n = all participants, kept or not), and counts the activity
     * for each kept participant; in patch mode only the pairs with a fresh end and the fresh
     * participants' counts (the others' counts are copied with them).
     */
    void activity(List<String> participants, LocalDate start) {
        double weight = scope.weighting() == CoParticipationWeighting.NEWMAN && participants.size() > 1
                ? 1.0 / (participants.size() - 1) : 1.0;
        int[] kept = new int[participants.size()];
        boolean[] isFresh = new boolean[participants.size()];
        int k = 0;
        for (String id : participants) {
            int u = indexOf(id);
            if (u >= 0) {
                isFresh[k] = fresh.contains(id);
                if (base == null || isFresh[k]) {
                    builder.participated(u);
                }
                kept[k++] = u;
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (base == null || isFresh[i] || isFresh[j]) {
                    builder.addTie(kept[i], kept[j], TieKind.CO_PARTICIPATION, weight, start);
                }
            }
        }
    }

    CollaborationGraph build() {
        return builder.build();
    }
}
