package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.matchmaking.MatchmakingParameters;
import io.kaonet.core.model.TieKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of a {@link Backtest}.
 *
 * @param ks             the cut-offs k of precision@k and recall@k, each at least 1
 * @param targetKinds    a new tie counts as formed when the pair, untied before, is tied after by a
 *                       tie of one of these kinds
 * @param minQueryDegree an actor is asked about when it gained a target tie and had at least this
 *                       many partners before the split (1: it was in the network)
 * @param maxQueries     at most this many actors are asked about, drawn with the seed when more qualify
 * @param seed           seeds the draw of actors, the random baseline and the random order among
 *                       equal scores
 * @param matchmaking    Kaonet's parameters
 */
public record BacktestParameters(List<Integer> ks, Set<TieKind> targetKinds, int minQueryDegree, int maxQueries,
                                 long seed, MatchmakingParameters matchmaking) {

    /** precision and recall at 5, 10 and 20. */
    public static final List<Integer> KS_DEFAULT = List.of(5, 10, 20);
    /** Actors that had at least one partner before the split. */
    public static final int MIN_QUERY_DEGREE_DEFAULT = 1;
    /** Enough for stable means on a regional network; bounds time and tuning memory on a national one. */
    public static final int MAX_QUERIES_DEFAULT = 2_000;
    /** The seed used when none is given. */
    public static final long SEED_DEFAULT = 20010401L;

    /**
     * @throws IllegalArgumentException if ks is empty or holds a value below 1, targetKinds is
     *                                  empty, minQueryDegree is negative or maxQueries below 1
     */
    public BacktestParameters {
        Objects.requireNonNull(ks, "ks must not be null");
        Objects.requireNonNull(targetKinds, "targetKinds must not be null");
        Objects.requireNonNull(matchmaking, "matchmaking must not be null");
        ks = List.copyOf(ks);
        if (ks.isEmpty() || ks.stream().anyMatch(k -> k < 1)) {
            throw new IllegalArgumentException("ks must hold cut-offs of at least 1, was " + ks);
        }
        targetKinds = Set.copyOf(targetKinds);
        if (targetKinds.isEmpty()) {
            throw new IllegalArgumentException("targetKinds must not be empty");
        }
        if (minQueryDegree < 0) {
            throw new IllegalArgumentException("minQueryDegree must not be negative, was " + minQueryDegree);
        }
        if (maxQueries < 1) {
            throw new IllegalArgumentException("maxQueries must be at least 1, was " + maxQueries);
        }
    }

    /** Targets are the matchmaking parameters' collaboration kinds; the other defaults as named. */
    public static BacktestParameters defaults(MatchmakingParameters matchmaking) {
        return new BacktestParameters(KS_DEFAULT, matchmaking.collaborationKinds(), MIN_QUERY_DEGREE_DEFAULT,
                MAX_QUERIES_DEFAULT, SEED_DEFAULT, matchmaking);
    }

    /** These parameters with other matchmaking parameters. */
    public BacktestParameters withMatchmaking(MatchmakingParameters value) {
        return new BacktestParameters(ks, targetKinds, minQueryDegree, maxQueries, seed, value);
    }

    /** These parameters with another minimum degree of the actors asked about. */
    public BacktestParameters withMinQueryDegree(int value) {
        return new BacktestParameters(ks, targetKinds, value, maxQueries, seed, matchmaking);
    }
}
