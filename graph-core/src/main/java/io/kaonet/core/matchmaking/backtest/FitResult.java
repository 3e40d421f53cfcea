package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.matchmaking.Matchmaking.Parameters.Weights;
import io.kaonet.core.matchmaking.Matchmaking;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RankingFit} found and chose.
 *
 * @param chosen         the ranking the network should use
 * @param reason         why, in a sentence a coordinator can read
 * @param decision       which rule of the choice decided it
 * @param learnt         the weights learnt from the fit period
 * @param periods        the fit and held-out periods
 * @param heldOut        every ranking on the held-out period: learnt weights first, built-in weights
 *                       second, then the baselines, each with bootstrap intervals
 * @param fitQueries     actors asked about in the fit period
 * @param fitTargets     new ties of the fit period
 * @param heldOutQueries actors asked about in the held-out period
 * @param heldOutTargets new ties of the held-out period
 * @param l2             the penalty of the conditional logit in the learnt weights, chosen by
 *                       cross-validation over the fit period's actors; NaN when no logit is in them
 *                       (an anchor alone, or the built-in weights standing in)
 * @param validation     the cross-validated MRR of the conditional logit at each penalty tried (empty
 *                       when none was compared)
 * @param model          the candidate weighting the learnt weights are, chosen by cross-validation
 *                       (a logit, an anchor, or an anchor blended with a logit)
 * @param models         the cross-validated MRR of every candidate weighting tried, in the order tried
 *                       (empty when none was compared)
 */
public record FitResult(Ranking chosen, String reason, Decision decision, Weights learnt, FitPeriods periods, List<MethodScore> heldOut,
                        int fitQueries, int fitTargets, int heldOutQueries, int heldOutTargets, double l2,
                        Map<Double, Double> validation, String model, Map<String, Double> models) {

    /** Copies the rows. */
    public FitResult {
        Objects.requireNonNull(chosen, "chosen must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
        if ((decision == Decision.LEARNT_BEAT_EVERY_OTHER) != (chosen == Ranking.LEARNT)) {
            throw new IllegalArgumentException("the learnt weights are chosen exactly when they beat every other "
                    + "ranking, had " + chosen + " by " + decision);
        }
        Objects.requireNonNull(learnt, "learnt must not be null");
        Objects.requireNonNull(periods, "periods must not be null");
        heldOut = List.copyOf(heldOut);
        validation = Collections.unmodifiableMap(new LinkedHashMap<>(validation));
        Objects.requireNonNull(model, "model must not be null");
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /** Which rule of {@link RankingFit}'s choice decided the ranking to use. */
    public enum Decision {
        /** The learnt weights beat the built-in weights and every baseline on both P@10 and MRR: they are used. */
        LEARNT_BEAT_EVERY_OTHER,
        /**
         * The learnt weights did not beat every other ranking: the best of the built-in weights and the
         * baselines by MRR (the random order excepted) is used.
         */
        BEST_OF_THE_OTHERS,
        /** Too few actors gained a tie in the fit or the held-out period to judge: the built-in weights are kept. */
        TOO_LITTLE_HISTORY
    }

    /** The candidate weighting the learnt weights are, if {@link #model()} names one. */
    public Optional<Weighting> weighting() {
        return Weighting.parse(model);
    }

    /** The held-out row of a ranking. */
    public MethodScore score(Ranking ranking) {
        return switch (ranking) {
            case LEARNT -> heldOut.get(0);
            case BUILT_IN -> heldOut.get(1);
            default -> heldOut.stream().filter(s -> s.method() == ranking.method()).findFirst().orElseThrow();
        };
    }
}
