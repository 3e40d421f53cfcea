package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The graph of a {@link Scope} of a {@link NetworkBatch} held in memory, read by the same rules as
 * the projection from Neo4j ({@code io.kaonet.queries.projection.ProjectionReader}), so that a
 * backtest can run on files without a database: actors in id order, kept when their kind,
 * region and country are in scope, when they exist by the scope's end ({@link Scope#existed}) and,
 * if clusters are given, when a membership of one overlaps the scope's dates; ties kept when their kind is in scope, both ends are kept and their validity overlaps the
 * dates; with {@code includeActivities}, every activity overlapping the dates joins each pair of its
 * kept participants by a co-participation tie (weight 1, or 1/(n−1) for Newman's weighting) and
 * counts once for each of them ({@link CollaborationGraph#activityCount}).
 * O(records) per graph, plus the pairs of each activity.
 */
public final class BatchProjection {

    private final NetworkBatch batch;
    private final List<Actor> actors;

    /** @throws NullPointerException if batch is null */
    public BatchProjection(NetworkBatch batch) {
        this.batch = Objects.requireNonNull(batch, "batch must not be null");
        this.actors = batch.actors().stream().sorted(Comparator.comparing(Actor::id)).toList();
    }

    /** The graph of the scope. */
    public CollaborationGraph graph(Scope scope) {
        Objects.requireNonNull(scope, "scope must not be null");
        Map<String, List<Membership>> memberships = new HashMap<>();
        for (Membership m : batch.memberships()) {
            memberships.computeIfAbsent(m.actorId(), k -> new ArrayList<>()).add(m);
        }
        Map<String, FirstRecord> firstRecords = scope.windowEnd() == null ? Map.of() : firstRecords();
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (Actor a : actors) {
            if (!scope.keepsActorKind(a.kind()) || !scope.keepsRegion(a.region()) || !scope.keepsCountry(a.country())
                    || !scope.existed(a.founded(), firstRecords.getOrDefault(a.id(), FirstRecord.NONE).day())) {
                continue;
            }
            Set<String> clusters = new LinkedHashSet<>();
            for (Membership m : memberships.getOrDefault(a.id(), List.of())) {
                if (scope.overlaps(m.since(), m.until())) {
                    clusters.add(m.clusterId());
                }
            }
            if (!scope.clusterIds().isEmpty() && clusters.stream().noneMatch(scope.clusterIds()::contains)) {
                continue;
            }
            int u = b.addNode(a.id(), a.name(), a.kind());
            b.attributes(u, a.industry(), a.region(), a.country(), a.sme());
            b.keywords(u, a.technologies(), a.offers(), a.seeks());
            clusters.forEach(c -> b.member(u, c));
        }
        for (Tie t : batch.ties()) {
            if (!scope.keepsTieKind(t.kind()) || !scope.overlaps(t.since(), t.until())) {
                continue;
            }
            Integer u = b.indexOf(t.sourceId()).orElse(null);
            Integer v = b.indexOf(t.targetId()).orElse(null);
            if (u != null && v != null) {
                b.addTie(u, v, t.kind(), t.weight(), t.since());
            }
        }
        if (scope.includeActivities()) {
            Map<String, List<String>> participants = new HashMap<>();
            for (Participation p : batch.participations()) {
                List<String> list = participants.computeIfAbsent(p.activityId(), k -> new ArrayList<>());
                if (!list.contains(p.actorId())) {
                    list.add(p.actorId());
                }
            }
            List<Activity> activities = batch.activities().stream().sorted(Comparator.comparing(Activity::id)).toList();
            for (Activity x : activities) {
                if (!scope.overlaps(x.start(), x.end())) {
                    continue;
                }
                List<String> members = participants.getOrDefault(x.id(), List.of());
                double weight = scope.weighting() == CoParticipationWeighting.NEWMAN && members.size() > 1
                        ? 1.0 / (members.size() - 1) : 1.0;
                List<Integer> kept = new ArrayList<>();
                for (String id : members) {
                    b.indexOf(id).ifPresent(kept::add);
                }
                kept.forEach(b::participated);
                for (int i = 0; i < kept.size(); i++) {
                    for (int j = i + 1; j < kept.size(); j++) {
                        b.addTie(kept.get(i), kept.get(j), TieKind.CO_PARTICIPATION, weight, x.start());
                    }
                }
            }
        }
        return b.build();
    }

    /** Each actor's first recorded tie or activity; an undated one makes the day unknown. */
    private Map<String, FirstRecord> firstRecords() {
        Map<String, FirstRecord> first = new HashMap<>();
        for (Tie t : batch.ties()) {
            first.merge(t.sourceId(), new FirstRecord(t.since()), FirstRecord::earlier);
            first.merge(t.targetId(), new FirstRecord(t.since()), FirstRecord::earlier);
        }
        Map<String, Activity> activities = new HashMap<>();
        batch.activities().forEach(x -> activities.put(x.id(), x));
        for (Participation p : batch.participations()) {
            Activity x = activities.get(p.activityId());
            if (x != null) {
                first.merge(p.actorId(), new FirstRecord(x.start()), FirstRecord::earlier);
            }
        }
        return first;
    }

    /** The first day of an actor's records; null once an undated record was seen. */
    private record FirstRecord(java.time.LocalDate day) {
        static final FirstRecord NONE = new FirstRecord(null);

        FirstRecord earlier(FirstRecord other) {
            if (day == null || other.day == null) {
                return NONE;
            }
            return day.isAfter(other.day) ? other : this;
        }
    }
}
