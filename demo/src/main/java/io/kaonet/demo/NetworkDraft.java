package io.kaonet.demo;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The network while it is generated: actors, ties and activities, with the degree of each actor for
 * preferential attachment and a key set that keeps ties of one kind between one pair unique.
 * Lists keep insertion order and hash sets are only queried, never iterated, so the result does not
 * depend on hashing.
 */
final class NetworkDraft {

    static final double ATTACHMENT_EXPONENT = 0.8;

    final List<ActorDraft> actors = new ArrayList<>();
    final List<TieDraft> ties = new ArrayList<>();
    final List<ActivityDraft> activities = new ArrayList<>();
    private final Map<String, List<ActorDraft>> membersByCluster = new LinkedHashMap<>();
    private final Map<String, ActorDraft> byId = new HashMap<>();
    private final Set<String> tieKeys = new HashSet<>();
    private final Set<String> pairs = new HashSet<>();

    void add(ActorDraft actor) {
        if (byId.putIfAbsent(actor.id, actor) != null) {
            throw new IllegalStateException("duplicate actor id " + actor.id);
        }
        actors.add(actor);
        if (actor.clusterId != null) {
            membersByCluster.computeIfAbsent(actor.clusterId, c -> new ArrayList<>()).add(actor);
        }
    }

    ActorDraft actor(String id) {
        ActorDraft a = byId.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no actor " + id);
        }
        return a;
    }

    /** The members of a cluster, in creation order. */
    List<ActorDraft> members(String clusterId) {
        return membersByCluster.getOrDefault(clusterId, List.of());
    }

    /** The members of a cluster of one kind that pass a filter, in creation order. */
    List<ActorDraft> members(String clusterId, ActorKind kind, Predicate<ActorDraft> filter) {
        return members(clusterId).stream().filter(a -> a.kind == kind && filter.test(a)).toList();
    }

    /** Whether the two actors already have any tie. */
    boolean connected(ActorDraft a, ActorDraft b) {
        return pairs.contains(pairKey(a, b));
    }

    /**
     * Adds a tie unless it would join an actor to itself or repeat a tie of the same kind between
     * the same pair; returns it, or null when refused.
     */
    TieDraft tie(ActorDraft source, ActorDraft target, TieKind kind, LocalDate since, LocalDate until, int weight) {
        if (source == null || target == null || source == target || since == null) {
            return null;
        }
        if (since.isBefore(Calibration.FIRST_DAY) || since.isAfter(Calibration.LAST_DAY)) {
            return null;
        }
        LocalDate end = until == null || until.isAfter(Calibration.LAST_DAY) || until.isBefore(since) ? null : until;
        String key = kind.directed()
                ? kind + "|" + source.id + ">" + target.id
                : kind + "|" + pairKey(source, target);
        if (!tieKeys.add(key)) {
            return null;
        }
        pairs.add(pairKey(source, target));
        source.degree++;
        target.degree++;
        TieDraft t = new TieDraft(source, target, kind, since, end, Math.max(1, weight));
        ties.add(t);
        return t;
    }

    /**
     * Preferential attachment: an actor of {@code pool} passing {@code filter}, drawn with
     * probability proportional to (degree + 1)^{@value #ATTACHMENT_EXPONENT} × fitness, or null if
     * none passes. The sublinear exponent keeps single SMEs from collecting hundreds of partners;
     * the heavy tail comes from the fitness (Bianconi–Barabási) and from the brokers' kinds.
     */
    ActorDraft attach(Dice dice, List<ActorDraft> pool, Predicate<ActorDraft> filter) {
        return dice.pickWeighted(pool, a -> filter.test(a) ? Math.pow(a.degree + 1, ATTACHMENT_EXPONENT) * a.fitness : 0);
    }

    /**
     * A start day within {@code [from, to]} on which both ends exist (entered, not yet left), or null
     * if there is none.
     */
    static LocalDate sinceFor(Dice dice, LocalDate from, LocalDate to, ActorDraft a, ActorDraft b) {
        LocalDate low = latest(from, a.entry, b.entry, Calibration.FIRST_DAY);
        LocalDate high = earliest(to, a.lastTieDay(), b.lastTieDay(), Calibration.LAST_DAY);
        return low.isAfter(high) ? null : dice.date(low, high);
    }

    private static LocalDate latest(LocalDate... days) {
        LocalDate best = days[0];
        for (LocalDate d : days) {
            if (d.isAfter(best)) {
                best = d;
            }
        }
        return best;
    }

    private static LocalDate earliest(LocalDate... days) {
        LocalDate best = days[0];
        for (LocalDate d : days) {
            if (d.isBefore(best)) {
                best = d;
            }
        }
        return best;
    }

    private static String pairKey(ActorDraft a, ActorDraft b) {
        return a.id.compareTo(b.id) < 0 ? a.id + "|" + b.id : b.id + "|" + a.id;
    }
}
