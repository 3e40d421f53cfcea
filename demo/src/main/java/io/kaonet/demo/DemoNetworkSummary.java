package io.kaonet.demo;

import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts of a generated network: records per file, members per cluster and kind, ties per kind and
 * per start year, activities per kind, and member firms without any tie. Maps iterate in a fixed
 * order (clusters as generated, kinds in declaration order, years ascending) and are read-only.
 *
 * @param clusters           number of clusters
 * @param actors             number of actors
 * @param ties               number of ties
 * @param memberships        number of memberships
 * @param activities         number of activities
 * @param participations     number of participations
 * @param actorsByKind       actors per kind
 * @param membersByCluster   per cluster id, its members per kind
 * @param tiesByKind         ties per kind
 * @param tiesByYear         ties per year of their {@code since} date
 * @param activitiesByKind   activities per kind
 * @param untiedMemberFirms  member companies without any tie
 */
public record DemoNetworkSummary(
        int clusters,
        int actors,
        int ties,
        int memberships,
        int activities,
        int participations,
        Map<ActorKind, Integer> actorsByKind,
        Map<String, Map<ActorKind, Integer>> membersByCluster,
        Map<TieKind, Integer> tiesByKind,
        SortedMap<Integer, Integer> tiesByYear,
        Map<ActivityKind, Integer> activitiesByKind,
        int untiedMemberFirms) {

    public DemoNetworkSummary {
        actorsByKind = Collections.unmodifiableMap(new EnumMap<>(actorsByKind));
        Map<String, Map<ActorKind, Integer>> members = new LinkedHashMap<>();
        membersByCluster.forEach((k, v) -> members.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
        membersByCluster = Collections.unmodifiableMap(members);
        tiesByKind = Collections.unmodifiableMap(new EnumMap<>(tiesByKind));
        tiesByYear = Collections.unmodifiableSortedMap(new TreeMap<>(tiesByYear));
        activitiesByKind = Collections.unmodifiableMap(new EnumMap<>(activitiesByKind));
    }

    /** Counts the records of a batch. O(records). */
    public static DemoNetworkSummary of(NetworkBatch batch) {
        Map<String, ActorKind> kindOf = new HashMap<>();
        Map<ActorKind, Integer> byKind = new EnumMap<>(ActorKind.class);
        batch.actors().forEach(a -> {
            kindOf.put(a.id(), a.kind());
            byKind.merge(a.kind(), 1, Integer::sum);
        });
        Map<String, Map<ActorKind, Integer>> members = new LinkedHashMap<>();
        batch.clusters().forEach(c -> members.put(c.id(), new EnumMap<>(ActorKind.class)));
        Set<String> memberFirms = new HashSet<>();
        for (Membership m : batch.memberships()) {
            ActorKind kind = kindOf.get(m.actorId());
            members.computeIfAbsent(m.clusterId(), c -> new EnumMap<>(ActorKind.class)).merge(kind, 1, Integer::sum);
            if (kind == ActorKind.COMPANY) {
                memberFirms.add(m.actorId());
            }
        }
        Map<TieKind, Integer> tieKinds = new EnumMap<>(TieKind.class);
        SortedMap<Integer, Integer> years = new TreeMap<>();
        Set<String> tied = new HashSet<>();
        for (Tie t : batch.ties()) {
            tieKinds.merge(t.kind(), 1, Integer::sum);
            if (t.since() != null) {
                years.merge(t.since().getYear(), 1, Integer::sum);
            }
            tied.add(t.sourceId());
            tied.add(t.targetId());
        }
        Map<ActivityKind, Integer> activityKinds = new EnumMap<>(ActivityKind.class);
        batch.activities().forEach(a -> activityKinds.merge(a.kind(), 1, Integer::sum));
        int untied = (int) memberFirms.stream().filter(id -> !tied.contains(id)).count();
        return new DemoNetworkSummary(batch.clusters().size(), batch.actors().size(), batch.ties().size(),
                batch.memberships().size(), batch.activities().size(), batch.participations().size(), byKind, members,
                tieKinds, years, activityKinds, untied);
    }

    /** A plain-text report, one count per line, for the command line. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("clusters ").append(clusters).append(", actors ").append(actors).append(", ties ").append(ties)
                .append(", memberships ").append(memberships).append(", activities ").append(activities)
                .append(", participations ").append(participations).append('\n');
        s.append("actors by kind: ").append(actorsByKind).append('\n');
        membersByCluster.forEach((c, m) -> s.append("members of ").append(c).append(": ").append(m).append('\n'));
        s.append("ties by kind: ").append(tiesByKind).append('\n');
        s.append("ties by year: ").append(tiesByYear).append('\n');
        s.append("activities by kind: ").append(activitiesByKind).append('\n');
        s.append("member firms without ties: ").append(untiedMemberFirms).append('\n');
        return s.toString();
    }
}
